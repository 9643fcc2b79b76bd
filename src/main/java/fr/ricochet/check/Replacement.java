package fr.ricochet.check;

/** Replace {@code length} UTF-16 code units at {@code offset} of the draft with {@code value}. */
public record Replacement(int offset, int length, String value) {

    public static Replacement insert(int offset, String value) {
        return new Replacement(offset, 0, value);
    }

    public static Replacement remove(int offset, int length) {
        return new Replacement(offset, length, "");
    }

    public int end() {
        return offset + length;
    }
}
