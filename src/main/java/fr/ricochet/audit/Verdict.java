package fr.ricochet.audit;

import java.util.List;

/** The overall reading with its reasons, each a sentence in the report's language saying what the data shows. */
public record Verdict(VerdictValue value, List<String> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
