package fr.ricochet.server.workshop;

import com.fasterxml.jackson.annotation.JsonValue;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two drafts, for the trainer's comparison: the texts cut into words and the spaces between
 * them, compared by java-diff-utils (Myers), and told back as pieces kept, removed or added, in reading order. A
 * word is a run of anything but white space, so "jouer !" and "jouer." differ by one word, as a reader sees it.
 */
final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    /** What happened to a piece of text between the left draft and the right one. */
    enum Change {
        SAME, REMOVED, ADDED;

        /** In JSON as the API writes its other words: lower case. */
        @JsonValue
        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A run of text with one change; consecutive runs never share their change. */
    record Piece(Change change, String text) {
    }

    private TextDiff() {
    }

    static List<Piece> of(String left, String right) {
        List<String> before = tokens(left);
        List<String> after = tokens(right);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            add(pieces, Change.SAME, before.subList(position, delta.getSource().getPosition()));
            add(pieces, Change.REMOVED, delta.getSource().getLines());
            add(pieces, Change.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Change.SAME, before.subList(position, before.size()));
        return pieces;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        if (last != null && last.change() == change) {
            pieces.set(pieces.size() - 1, new Piece(change, last.text() + text));
        } else {
            pieces.add(new Piece(change, text));
        }
    }
}
