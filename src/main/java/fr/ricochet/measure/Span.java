package fr.ricochet.measure;

/** A stretch of the draft in UTF-16 code units, the unit JavaScript and Java strings index by. */
public record Span(int offset, int length) {

    public int end() {
        return offset + length;
    }

    public boolean overlaps(Span other) {
        return offset < other.end() && other.offset < end();
    }
}
