package fr.ricochet.measure;

import java.util.List;

/**
 * One problem LanguageTool found in a draft, as it reported it: its rule and category ids (what LanguageTool's
 * clients use to disable them), its ITS issue type ({@code misspelling}, {@code grammar}, {@code style}…), the span
 * its match type ({@code UnknownWord}, {@code Hint} or {@code Other}), the span in UTF-16 code units of the draft, its message in the draft's language and its replacements, best first.
 */
public record LanguageMatch(String rule, String subRule, String description, String category, String categoryName,
        String issueType, String type, int offset, int length, String message, String shortMessage,
        List<String> replacements) {

    public LanguageMatch {
        replacements = List.copyOf(replacements);
    }

    /** A word LanguageTool's spelling dictionary does not know (its match type {@code UnknownWord}). */
    public boolean unknownWord() {
        return "UnknownWord".equals(type);
    }

    public int end() {
        return offset + length;
    }
}
