package fr.ricochet.report.languagetool;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.report.EntityView;
import fr.ricochet.report.FactsView;
import java.util.List;

/**
 * Where each finding goes in the document the editor holds. LanguageTool's clients underline a span and replace
 * it with the chosen value, so every match covers at least one character: a fix's span; an insertion widened to the
 * word it is glued to (its replacement carrying that word); a finding about the whole post, a hint, on its fix's
 * span, else on the entities it is about (the hashtags for a hashtag tip), else on the first sentence.
 */
final class Placement {

    /** A match's span in the original document, its start in the plain text, and the values that replace it. */
    record Span(int offset, int length, int plainOffset, List<LanguageToolAnswer.Replacement> replacements,
            boolean hint) {
    }

    private final AnnotatedText document;
    private final String text;
    private final List<int[]> sentences;
    private final FactsView facts;

    Placement(AnnotatedText document, List<int[]> sentences, FactsView facts) {
        this.document = document;
        this.text = document.plain();
        this.sentences = sentences;
        this.facts = facts;
    }

    AnnotatedText document() {
        return document;
    }

    /** LanguageTool's {@code sentenceRanges}: the sentences' [from, to) in the original document. */
    List<int[]> originalRanges() {
        return sentences.stream().map(range -> new int[] {document.originalStart(range[0]),
                Math.max(document.originalStart(range[0]), document.originalEnd(range[1]))}).toList();
    }

    /** The sentence holding a plain-text offset, without its blanks; empty when it is in none. */
    String sentence(int plainOffset) {
        for (int[] range : sentences) {
            if (plainOffset < range[1]) {
                return plainOffset >= range[0] ? text.substring(range[0], range[1]) : "";
            }
        }
        return "";
    }

    /**
     * @param fixes the finding's replacements, first the one the match is about
     * @param kind  the kind of check of the finding's tip (hashtag-count...), or null
     */
    Span place(Finding finding, List<Replacement> fixes, String kind) {
        boolean wholePost = finding.offset() == 0 && finding.length() == 0;
        Span span = spanOf(finding, fixes, kind);
        return wholePost ? new Span(span.offset(), span.length(), span.plainOffset(), span.replacements(), true) : span;
    }

    private Span spanOf(Finding finding, List<Replacement> fixes, String kind) {
        if (!fixes.isEmpty()) {
            Replacement first = fixes.get(0);
            int offset = Math.min(first.offset(), text.length());
            int length = Math.min(first.length(), text.length() - offset);
            List<String> values = fixes.stream().filter(r -> r.offset() == first.offset()
                    && r.length() == first.length()).map(Replacement::value).toList();
            return length > 0 ? inOriginal(offset, length, values, false) : insertion(offset, values);
        }
        int offset = Math.min(finding.offset(), text.length());
        int length = Math.min(finding.length(), text.length() - offset);
        if (length > 0) {
            return inOriginal(offset, length, List.of(), false);
        }
        if (offset > 0) {
            return insertion(offset, List.of());
        }
        int[] span = wholePost(kind);
        return inOriginal(span[0], span[1] - span[0], List.of(), true);
    }

    /**
     * An insertion at {@code at} replaces the word it is glued to, that word kept in each value: the word before
     * it ("jeudi" + " #Lecture"), else the word after it, else the blank before it.
     */
    private Span insertion(int at, List<String> values) {
        int start = at;
        int end = at;
        if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
        } else if (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        } else if (at > 0) {
            start = at - 1;
        } else {
            end = Math.min(text.length(), Character.charCount(text.codePointAt(0)));
        }
        String before = text.substring(start, at);
        String after = text.substring(at, end);
        return inOriginal(start, end - start, values.stream().map(value -> before + value + after).toList(), false);
    }

    /** The run of entities the tip is about (only blanks between them), else the first sentence, else the start. */
    private int[] wholePost(String kind) {
        List<EntityView> entities = entities(kind);
        if (!entities.isEmpty()) {
            int start = entities.get(0).offset();
            int end = start + entities.get(0).length();
            for (EntityView next : entities.subList(1, entities.size())) {
                if (next.offset() < end || !text.substring(end, next.offset()).isBlank()) {
                    break;
                }
                end = next.offset() + next.length();
            }
            return new int[] {start, Math.min(end, text.length())};
        }
        if (!sentences.isEmpty()) {
            return sentences.get(0);
        }
        return new int[] {0, text.isEmpty() ? 0 : Character.charCount(text.codePointAt(0))};
    }

    private List<EntityView> entities(String kind) {
        if (kind == null || facts == null) {
            return List.of();
        }
        return switch (kind) {
            case "hashtag-count", "hashtag-style" -> facts.hashtags();
            case "mentions" -> facts.mentions();
            case "links" -> facts.urls();
            default -> List.of();
        };
    }

    /**
     * The plain-text span in the original document. A span that holds markup comes without replacements (the client
     * would delete the tags with the text); one that holds only markup still covers a character.
     */
    private Span inOriginal(int offset, int length, List<String> values, boolean hint) {
        int start = document.originalStart(offset);
        int end = Math.max(start, document.originalEnd(offset + length));
        List<String> kept = end - start == length ? values : List.of();
        String original = document.original();
        if (end == start && start < original.length()) {
            end = start + Character.charCount(original.codePointAt(start));
        } else if (end == start && start > 0) {
            start = original.offsetByCodePoints(start, -1);
        }
        return new Span(start, end - start, offset, kept.stream().map(LanguageToolAnswer.Replacement::new).toList(),
                hint);
    }
}
