package fr.ricochet.measure;

/**
 * A hashtag, mention, URL or cashtag. The value has no leading sign; the span covers the sign.
 * A fediverse mention keeps its domain in the value ({@code user@example.social}).
 */
public record Entity(EntityKind kind, String value, int offset, int length) {

    public Span span() {
        return new Span(offset, length);
    }

    public int end() {
        return offset + length;
    }
}
