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
        Ricochet ricochet) {

    /** {@code buildDate} is required by LanguageTool's schema; Ricochet's jar carries none, so it is empty. */
    public record Software(String name, String version, String buildDate, int apiVersion, boolean premium,
            String status) {
    }

    public record Warnings(boolean incompleteResults) {
    }

    public record Language(String name, String code, DetectedLanguage detectedLanguage) {
    }

    public record DetectedLanguage(String name, String code) {
    }

    /** One Ricochet finding. Offsets and lengths are UTF-16 code units, as LanguageTool's are. */
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
