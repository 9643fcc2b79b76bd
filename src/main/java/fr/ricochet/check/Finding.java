package fr.ricochet.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One thing a tip noticed in the draft, at a span of UTF-16 code units (a zero-length span at 0 when it
 * concerns the whole post). {@code code} names the message within the tip and stays stable like the id.
 */
public record Finding(
        String rule,
        String code,
        Severity severity,
        String message,
        int offset,
        int length,
        @JsonInclude(JsonInclude.Include.NON_NULL) String network,
        List<Suggestion> suggestions) {

    public Finding {
        suggestions = List.copyOf(suggestions);
    }
}
