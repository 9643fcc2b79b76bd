package fr.ricochet.measure;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text cut for time references: runs of letters and digits ("18h30", "aujourd"), and every other
 * visible character alone ("'", "-", "/"), each with its lower-case form and whether a space precedes it.
 * Vocabulary words are cut the same way, so "aujourd'hui" or "7j/7" match token by token.
 */
final class Tokens {

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String[] forms = new String[16];
    private boolean[] spaced = new boolean[16];
    private int size;

    private Tokens() {
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens();
        boolean space = false;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i += Character.charCount(c);
                continue;
            }
            int end = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            tokens.add(i, end, text.substring(i, end).replace('’', '\'').toLowerCase(Locale.ROOT), space);
            space = false;
            i = end;
        }
        return tokens;
    }

    private void add(int start, int end, String form, boolean space) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            forms = Arrays.copyOf(forms, size * 2);
            spaced = Arrays.copyOf(spaced, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        forms[size] = form;
        spaced[size] = space;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The token in lower case, ’ made '. */
    String form(int i) {
        return forms[i];
    }

    /** The token as a word tree keys it: after the first token of a word, a leading space says one came before. */
    String key(int i, boolean first) {
        return first || !spaced[i] ? forms[i] : " " + forms[i];
    }
}
