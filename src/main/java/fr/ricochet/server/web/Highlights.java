package fr.ricochet.server.web;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Cuts the draft into pieces at every finding's edges, so overlapping findings still give one flat list of
 * pieces; a piece under several findings takes the most severe one's style and all their messages.
 * Offsets are UTF-16 code units, as in the report.
 */
final class Highlights {

    /**
     * A piece of the draft at {@code offset}; {@code ids} lists the finding cards over it (empty: plain text), so
     * the editor's script underlines the same spans inside the text area.
     */
    record Piece(String text, int offset, String ids, String severity, String message) {
        public boolean marked() {
            return !ids.isEmpty();
        }
    }

    private Highlights() {
    }

    /** @param cardOf the id of the card that shows each finding (by its index in the report) */
    static List<Piece> pieces(String text, List<Finding> findings, IntFunction<String> cardOf) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Finding f : findings) {
            if (f.length() > 0) {
                cuts.add(clamp(f.offset(), text));
                cuts.add(clamp(f.offset() + f.length(), text));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> messages = new LinkedHashSet<>();
            Severity worst = null;
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.length() > 0 && f.offset() <= start && f.offset() + f.length() >= end) {
                    ids.add(cardOf.apply(i));
                    messages.add(f.message());
                    worst = worst == null || f.severity().ordinal() < worst.ordinal() ? f.severity() : worst;
                }
            }
            pieces.add(new Piece(text.substring(start, end), start, String.join(" ", ids),
                    worst == null ? "" : worst.id(), String.join(" · ", messages)));
        }
        return pieces;
    }

    private static int clamp(int index, String text) {
        return Math.max(0, Math.min(index, text.length()));
    }
}
