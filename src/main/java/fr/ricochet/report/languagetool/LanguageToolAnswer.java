package fr.ricochet.report.languagetool;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The body of LanguageTool's {@code POST /v2/check} answer, field for field as LanguageTool documents it
 * (https://languagetool.org/http-api/), so editor plugins written for LanguageTool can show Ricochet's
 * findings. {@link #ricochet} carries the score in a field those clients ignore.
 */
public record LanguageToolAnswer(
        Software software,
        Warnings warnings,
        Language language,
        List<Match> matches,
        List<int[]> sentenceRanges,
        List<SentenceRange> extendedSentenceRanges,
        @JsonInclude(JsonInclude.Include.NON_NULL) Ricochet ricochet) {

    /** {@code buildDate} is required by LanguageTool's schema; Ricochet's jar carries none, so it is empty. */
    public record Software(String name, String version, String buildDate, int apiVersion, boolean premium,
            String status) {
    }

    public record Warnings(boolean incompleteResults) {
    }

    public record Language(String name, String code, DetectedLanguage detectedLanguage) {
    }

    /**
     * @param confidence how sure the detection is, 0 to 1 (0 when nothing was detected)
     * @param source     how it was decided ({@code "ngram"}: the language model; {@code "+fallback"}: too short to
     *                   tell, the request's language or French; null for an empty text, as LanguageTool has it)
     */
    public record DetectedLanguage(String name, String code, float confidence, String source) {
    }

    /** A sentence, {@code from} inclusive to {@code to} exclusive, and the language it is read in. */
    public record SentenceRange(int from, int to, List<LanguageRate> detectedLanguages) {
    }

    public record LanguageRate(fr.ricochet.value.Language language, float rate) {
    }

    /**
     * One Ricochet finding. Offsets and lengths are UTF-16 code units, as LanguageTool's are, and a match is never
     * empty: LanguageTool's clients underline, and replace, at least one character.
     */
    public record Match(
            String message,
            String shortMessage,
            List<Replacement> replacements,
            int offset,
            int length,
            Context context,
            String sentence,
            Type type,
            Rule rule,
            boolean ignoreForIncompleteSentence,
            int contextForSureMatch) {
    }

    public record Replacement(String value) {
    }

    public record Context(String text, int offset, int length) {
    }

    /** LanguageTool's kinds of match: {@code "Other"} for a finding at its words, {@code "Hint"} for the whole post. */
    public record Type(String typeName) {
    }

    public record Rule(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String subId, String description,
            String issueType, Category category) {
    }

    public record Category(String id, String name) {
    }

    /** What LanguageTool has no field for: the score out of 100, overall and per network. */
    public record Ricochet(int score, Map<String, Integer> networks) {
    }
}
