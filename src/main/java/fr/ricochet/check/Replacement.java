package fr.ricochet.check;

/** Replace {@code length} UTF-16 code units at {@code offset} of the draft with {@code value}. */
public record Replacement(int offset, int length, String value) {

    public static Replacement insert(int offset, String value) {
        return new Replacement(offset, 0, value);
    }

    public static Replacement remove(int offset, int length) {
        return new Replacement(offset, length, "");
    }

    /**
     * The one edit that turns {@code before} into {@code after}: what lies between their common start and their
     * common end, never splitting a surrogate pair. A plain deletion that could sit at several places ("Les
     * bus. " or "bus. Les " out of "Les bus. Les gens") starts at the first word it can, so it covers whole
     * words and sentences.
     */
    public static Replacement between(String before, String after) {
        int start = 0;
        int most = Math.min(before.length(), after.length());
        while (start < most && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        if (start > 0 && Character.isHighSurrogate(before.charAt(start - 1))) {
            start--;
        }
        int end = 0;
        while (end < most - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        if (end > 0 && Character.isLowSurrogate(before.charAt(before.length() - end))) {
            end--;
        }
        int length = before.length() - end - start;
        if (start + end == after.length() && length > 0) {
            int earliest = start;
            while (earliest > 0 && before.charAt(earliest - 1) == before.charAt(earliest - 1 + length)) {
                earliest--;
            }
            for (int at = earliest; at < start; at++) {
                if (!Character.isWhitespace(before.charAt(at)) && (at == 0 || Character.isWhitespace(before.charAt(at - 1)))) {
                    return remove(at, length);
                }
            }
        }
        return new Replacement(start, length, after.substring(start, after.length() - end));
    }

    public int end() {
        return offset + length;
    }
}
