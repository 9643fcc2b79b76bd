package fr.ricochet.report.languagetool;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as LanguageTool's {@code data} parameter sends it: pieces of text and pieces of markup (HTML tags,
 * Markdown signs) that an editor keeps out of the check. Ricochet analyses {@link #plain()}, the text pieces
 * with each markup replaced by what it stands for ({@code interpretAs}, e.g. a line break for {@code <p>}), and
 * answers with offsets in {@link #original()}, the pieces end to end, which is what the editor holds.
 */
public final class AnnotatedText {

    /** One piece, where it sits in the plain text and in the original document. */
    private record Piece(boolean markup, int plainStart, int plainEnd, int originalStart, int originalEnd) {
    }

    private final String plain;
    private final String original;
    private final List<Piece> pieces;

    private AnnotatedText(String plain, String original, List<Piece> pieces) {
        this.plain = plain;
        this.original = original;
        this.pieces = List.copyOf(pieces);
    }

    /** A plain draft: offsets stay as they are. */
    public static AnnotatedText of(String text) {
        return new Builder().text(text).build();
    }

    public String plain() {
        return plain;
    }

    public String original() {
        return original;
    }

    /**
     * Where a span starting at {@code offset} of the plain text starts in the original. The end of the plain text
     * is the end of the last text piece, so that an insertion there stays inside a closing tag.
     */
    int originalStart(int offset) {
        int lastTextEnd = 0;
        for (Piece piece : pieces) {
            if (offset < piece.plainEnd()) {
                return piece.markup() ? piece.originalStart() : piece.originalStart() + offset - piece.plainStart();
            }
            if (!piece.markup()) {
                lastTextEnd = piece.originalEnd();
            }
        }
        return lastTextEnd;
    }

    /** Where a span ending (exclusive) at {@code offset} of the plain text ends in the original. */
    int originalEnd(int offset) {
        for (Piece piece : pieces) {
            if (offset <= piece.plainEnd() && offset > piece.plainStart()) {
                return piece.markup() ? piece.originalEnd() : piece.originalStart() + offset - piece.plainStart();
            }
        }
        return offset <= 0 ? 0 : original.length();
    }

    /** Builds a document piece by piece, in order. */
    public static final class Builder {

        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder original = new StringBuilder();
        private final List<Piece> pieces = new ArrayList<>();

        public Builder text(String text) {
            return add(false, text, text);
        }

        /** @param interpretAs what the markup stands for in the plain text; empty for nothing */
        public Builder markup(String markup, String interpretAs) {
            return add(true, markup, interpretAs);
        }

        private Builder add(boolean markup, String inOriginal, String inPlain) {
            pieces.add(new Piece(markup, plain.length(), plain.length() + inPlain.length(), original.length(),
                    original.length() + inOriginal.length()));
            plain.append(inPlain);
            original.append(inOriginal);
            return this;
        }

        public AnnotatedText build() {
            return new AnnotatedText(plain.toString(), original.toString(), pieces);
        }
    }
}
