package fr.ricochet.report;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies every safe fix to the draft at once; fixes that touch the same text keep the first one. */
final class Rewriter {

    private Rewriter() {
    }

    /** The rewritten draft, or null when no safe fix changes it. */
    static String rewrite(String text, List<Finding> findings) {
        List<Replacement> chosen = new ArrayList<>();
        findings.stream()
                .flatMap(f -> f.suggestions().stream())
                .filter(Suggestion::safe)
                .map(Suggestion::replacement)
                .filter(r -> r != null && r.offset() >= 0 && r.end() <= text.length())
                .sorted(Comparator.comparingInt(Replacement::offset).thenComparingInt(Replacement::length))
                .forEach(r -> {
                    if (chosen.stream().noneMatch(c -> c.equals(r) || overlaps(c, r))) {
                        chosen.add(r);
                    }
                });
        if (chosen.isEmpty()) {
            return null;
        }
        StringBuilder rewritten = new StringBuilder(text);
        for (int i = chosen.size() - 1; i >= 0; i--) {
            Replacement r = chosen.get(i);
            rewritten.replace(r.offset(), r.end(), r.value());
        }
        String result = rewritten.toString();
        return result.equals(text) ? null : result;
    }

    /** Two edits conflict when their spans share text, or when both insert at the same place. */
    private static boolean overlaps(Replacement a, Replacement b) {
        if (a.length() == 0 || b.length() == 0) {
            return a.offset() == b.offset() || (a.offset() > b.offset() && a.offset() < b.end())
                    || (b.offset() > a.offset() && b.offset() < a.end());
        }
        return a.offset() < b.end() && b.offset() < a.end();
    }
}
