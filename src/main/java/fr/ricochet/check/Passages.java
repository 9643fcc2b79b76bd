package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.EntityKind;
import fr.ricochet.measure.EntitySpans;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.Span;
import fr.ricochet.measure.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A draft read as the pieces a communicator would keep or move whole: its sentences (a line break also ends
 * one, for lists written without full stops) and the run of hashtags closing it. Each piece is trimmed of
 * the white space around it; no piece starts or ends inside a hashtag, mention or link.
 */
final class Passages {

    /** What a piece is to the post, from the most expendable to the one kept at any cost. */
    enum Role { PLAIN, ENTITIES, CLOSING_TAGS, CLOSING_CALL, LEDE }

    record Piece(Span span, Role role) {
    }

    private final Facts facts;
    /** The draft's entities in order, and which UTF-16 indices lie strictly inside one (no cut may fall there). */
    private final List<Entity> entities;
    private final boolean[] insideEntity;
    private final List<Piece> pieces;

    private Passages(Facts facts, int callWords) {
        this.facts = facts;
        this.entities = facts.entities();
        this.insideEntity = new boolean[facts.text().length() + 1];
        for (Entity entity : entities) {
            java.util.Arrays.fill(insideEntity, entity.offset() + 1, entity.end(), true);
        }
        this.pieces = List.copyOf(pieces(callWords));
    }

    /**
     * @param callWords a last sentence of more words is content, not the call to action (see {@link #isClosingCall})
     */
    static Passages of(Facts facts, int callWords) {
        return new Passages(facts, callWords);
    }

    private List<Piece> pieces(int callWords) {
        String text = facts.text();
        int tagsStart = closingTagsStart(facts);
        List<Span> sentences = sentences(tagsStart);
        List<Piece> found = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            Role role = i == 0 ? Role.LEDE
                    : i == sentences.size() - 1 && isClosingCall(facts, sentence, callWords) ? Role.CLOSING_CALL
                    : holdsLinkOrMention(sentence) ? Role.ENTITIES : Role.PLAIN;
            found.add(new Piece(sentence, role));
        }
        if (tagsStart < text.length()) {
            found.add(new Piece(trim(text, tagsStart, text.length()), found.isEmpty() ? Role.LEDE : Role.CLOSING_TAGS));
        }
        return found;
    }

    List<Piece> pieces() {
        return pieces;
    }

    String text(Span span) {
        return facts.text().substring(span.offset(), span.end());
    }

    /** The whole draft the pieces are cut from. */
    String draft() {
        return facts.text();
    }

    /**
     * The kept pieces, in the draft's order, each after the white space that preceded it in the draft (a line
     * break stays a line break); a piece glued to the one before gets a space.
     */
    String join(List<Span> kept) {
        StringBuilder joined = new StringBuilder();
        for (Span span : kept) {
            if (!joined.isEmpty()) {
                joined.append(gapBefore(span));
            }
            joined.append(facts.text(), span.offset(), span.end());
        }
        return joined.toString();
    }

    /** The white space before the span in the draft, or a space when the span is glued to what precedes it. */
    String gapBefore(Span span) {
        String text = facts.text();
        int gapStart = span.offset();
        while (gapStart > 0 && Character.isWhitespace(text.charAt(gapStart - 1))) {
            gapStart--;
        }
        return gapStart == span.offset() ? " " : text.substring(gapStart, span.offset());
    }

    /**
     * Where the span may be cut between words: before each run of white space that lies inside no entity, in
     * the order of the text, up to {@code until} (an index of the draft).
     */
    List<Integer> wordBreaks(Span span, int until) {
        String text = facts.text();
        List<Integer> breaks = new ArrayList<>();
        for (int i = span.offset() + 1; i < Math.min(span.end(), until + 1); i++) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))
                    && !insideEntity[i]) {
                breaks.add(i);
            }
        }
        return breaks;
    }

    /** The span from {@code from}, white space skipped, to the end of {@code span}. */
    Span rest(Span span, int from) {
        return trim(facts.text(), from, span.end());
    }

    /** The draft's entities inside the span, with offsets into the span's own text. */
    List<Entity> entitiesIn(Span span) {
        return EntitySpans.within(entities, span);
    }

    /**
     * A short last sentence that asks something of the reader: it holds a verb in the imperative (as the measure
     * step marks them from the dictionary's mood and the verb's place: "Venez", "N'hésitez pas", "Join us"), or
     * it ends on "!" or "?".
     */
    static boolean isClosingCall(Facts facts, Span sentence, int callWords) {
        String text = facts.text();
        List<Token> words = facts.tokens().stream().filter(t -> within(sentence, t.offset()) && t.isWord()).toList();
        if (words.isEmpty() || words.size() > callWords) {
            return false;
        }
        if (words.stream().anyMatch(Token::imperative)) {
            return true;
        }
        for (int i = sentence.end() - 1; i >= sentence.offset(); i--) {
            char c = text.charAt(i);
            if (c == '!' || c == '?') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == '.' || c == '…') {
                return false;
            }
        }
        return false;
    }

    /** Where the hashtags that end the draft start (the text length when it ends otherwise). */
    private static int closingTagsStart(Facts facts) {
        String text = facts.text();
        int end = trimEnd(text, text.length());
        int start = text.length();
        List<Entity> tags = facts.hashtags();
        for (int i = tags.size() - 1; i >= 0 && tags.get(i).end() == end; i--) {
            start = tags.get(i).offset();
            end = trimEnd(text, start);
        }
        return start;
    }

    /** Sentence starts and line starts cut the text before the closing tags into trimmed pieces. */
    private List<Span> sentences(int end) {
        String text = facts.text();
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        facts.sentences().forEach(s -> starts.add(s.offset()));
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        starts.removeIf(start -> start >= end || insideEntity[start]);
        starts.add(end);
        List<Span> sentences = new ArrayList<>();
        Integer from = starts.first();
        boolean openingWordless = false;
        for (Integer next = starts.higher(from); next != null; from = next, next = starts.higher(next)) {
            Span sentence = trim(text, from, next);
            if (sentence.length() == 0) {
                continue;
            }
            // Emoji alone ("Bravo ! 🎉") are not a sentence: they go with the one before, or the first one after.
            boolean hasWords = text.substring(sentence.offset(), sentence.end()).codePoints()
                    .anyMatch(Character::isLetterOrDigit);
            if (!sentences.isEmpty() && (!hasWords || openingWordless)) {
                Span previous = sentences.remove(sentences.size() - 1);
                sentence = new Span(previous.offset(), sentence.end() - previous.offset());
                openingWordless = openingWordless && !hasWords;
            } else {
                openingWordless = !hasWords;
            }
            sentences.add(sentence);
        }
        return sentences;
    }

    private boolean holdsLinkOrMention(Span span) {
        for (int i = EntitySpans.firstFrom(entities, span.offset()); i < entities.size() && entities.get(i).offset() < span.end(); i++) {
            EntityKind kind = entities.get(i).kind();
            if (kind == EntityKind.URL || kind == EntityKind.MENTION) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Span span, int offset) {
        return offset >= span.offset() && offset < span.end();
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        end = Math.max(start, trimEnd(text, end));
        return new Span(start, end - start);
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
