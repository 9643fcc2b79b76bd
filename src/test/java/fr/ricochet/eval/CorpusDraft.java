package fr.ricochet.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One draft of the evaluation corpus with the expert's expectation, written before the tool was run on it.
 *
 * @param request the analysis request as a client would send it (the kind is left to detection)
 * @param kind the kind of post the expert sees
 * @param event when the draft names its event's time, that time as the expert reads it, else null
 * @param fire tips (or {@code tip:code}) a community manager would sign and miss if absent
 * @param allow tips that may fire either way; every other tip must stay quiet
 */
record CorpusDraft(String id, ObjectNode request, String kind, OffsetDateTime event, Band band,
        List<String> fire, List<String> allow) {

    /** Kinds whose readers must not be nudged to engage: a reply, a crisis notice, condolences. */
    static final List<String> SENSITIVE = List.of("reply", "urgent", "condolence");

    boolean sensitive() {
        return SENSITIVE.contains(kind);
    }

    /** Whether a finding of this tip and code is one the expert expected or allowed. */
    boolean expects(String rule, String code) {
        return matches(fire, rule, code) || matches(allow, rule, code);
    }

    static boolean matches(List<String> entries, String rule, String code) {
        return entries.stream().anyMatch(e -> e.equals(rule) || e.equals(rule + ":" + code));
    }
}
