package fr.ricochet.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which two characters a phrase pattern's match can begin with, found once by probing the pattern, so that a
 * search tries the pattern only where the draft could match it.
 *
 * <p>Why: a phrase pattern is an alternation of tens of words, and {@link Matcher#find()} tries every
 * alternative at every position of the draft; with some fifty patterns that was a fifth of the whole
 * analysis. Most positions start with two letters no alternative starts with. The table is exact for the
 * characters it knows (probing with {@link Matcher#hitEnd()} says whether more text could still make a match)
 * and lets every other character through, so a search with it finds exactly what {@code find()} finds.
 * The probes try each context a pattern's opening may test (nothing before, a space, a letter): a negative
 * look-behind always holds with nothing before it, so it is probed too; a positive look-behind needs a context
 * no probe has, so such a pattern gets no table.
 */
final class StartTable {

    /** Characters probed, lower case; anything else is let through. */
    private static final String KNOWN = "abcdefghijklmnopqrstuvwxyz0123456789àâäçéèêëîïôöùûüÿœæñ '’-.,;:!?\"«»()&/+%€$";
    private static final int LIMIT = 0x2100; // Latin letters up to the euro sign
    private static final int[] INDEX = new int[LIMIT];
    private static final int END = KNOWN.length();

    static {
        java.util.Arrays.fill(INDEX, -1);
        for (int i = 0; i < KNOWN.length(); i++) {
            INDEX[KNOWN.charAt(i)] = i;
        }
    }

    /** A context before the start, in each shape a pattern's opening could test: none, a space, a letter. */
    private static final String[] BEFORE = {"", " ", "a"};

    private static final int PAIRS = KNOWN.length() * (KNOWN.length() + 1);

    /** Indexed by {@link #codes}: whether a match may begin with that pair of characters. */
    private final boolean[] starts;

    private StartTable(boolean[] starts) {
        this.starts = starts;
    }

    /** The table of a pattern, or null when it needs a context before it and cannot be probed. */
    static StartTable of(Pattern pattern) {
        if (pattern.pattern().contains("(?<=")) {
            return null;
        }
        boolean[] starts = new boolean[PAIRS];
        for (int first = 0; first < KNOWN.length(); first++) {
            String one = String.valueOf(KNOWN.charAt(first));
            if (!possible(pattern, one)) {
                continue;
            }
            starts[pair(first, END)] = true;
            for (int second = 0; second < KNOWN.length(); second++) {
                starts[pair(first, second)] = possible(pattern, one + KNOWN.charAt(second));
            }
        }
        return new StartTable(starts);
    }

    /** Whether a match could begin with these characters, after any context, once more text follows. */
    private static boolean possible(Pattern pattern, String start) {
        for (String before : BEFORE) {
            String probe = before + start;
            Matcher matcher = pattern.matcher(probe).region(before.length(), probe.length())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (matcher.lookingAt() || matcher.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pair of characters at each index of the text, made once per text for all the patterns searched in it:
     * -1 where a character is not one the tables know.
     */
    static int[] codes(CharSequence text) {
        int[] codes = new int[text.length()];
        for (int i = 0; i < codes.length; i++) {
            int first = index(text.charAt(i));
            int second = i + 1 == codes.length ? END : index(text.charAt(i + 1));
            codes[i] = first < 0 || second < 0 ? -1 : pair(first, second);
        }
        return codes;
    }

    /** Whether a match may begin at this index of the text whose {@link #codes} these are. */
    boolean mayStartAt(int[] codes, int index) {
        int code = codes[index];
        return code < 0 || starts[code];
    }

    private static int pair(int first, int second) {
        return first * (KNOWN.length() + 1) + second;
    }

    private static int index(char c) {
        char lower = Character.toLowerCase(c);
        return lower < LIMIT ? INDEX[lower] : -1;
    }
}
