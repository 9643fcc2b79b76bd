package fr.ricochet.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A concrete fix. Without a replacement it is advice the author must act on. A safe fix keeps the
 * author's meaning, so the rewrite applies it unasked.
 *
 * @param thread the draft as a thread: the posts to publish one under the other, each numbered and within the
 *     network's limit; null for any other fix
 */
public record Suggestion(
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) Replacement replacement,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> thread,
        @JsonIgnore boolean safe) {

    public Suggestion {
        thread = thread == null ? null : List.copyOf(thread);
    }

    public Suggestion(String text, Replacement replacement, boolean safe) {
        this(text, replacement, null, safe);
    }

    /** The same advice, offering the draft as these posts. */
    public Suggestion withThread(List<String> posts) {
        return new Suggestion(text, replacement, posts, safe);
    }

    Suggestion withText(String other) {
        return new Suggestion(other, replacement, thread, safe);
    }
}
