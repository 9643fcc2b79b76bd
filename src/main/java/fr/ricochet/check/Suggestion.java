package fr.ricochet.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A concrete fix. Without a replacement it is advice the author must act on. A safe fix keeps the
 * author's meaning, so the rewrite applies it unasked.
 */
public record Suggestion(
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) Replacement replacement,
        @JsonIgnore boolean safe) {

    Suggestion withText(String other) {
        return new Suggestion(other, replacement, safe);
    }
}
