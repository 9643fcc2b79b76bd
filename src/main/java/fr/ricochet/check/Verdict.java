package fr.ricochet.check;

import java.util.List;

/**
 * What one tip concluded on one network: a score from 0 to 1, or null when the tip does not apply
 * to this draft (no planned time for the timing tip, say), and the findings behind it.
 */
public record Verdict(Double score, List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }

    public static Verdict notApplicable() {
        return new Verdict(null, List.of());
    }
}
