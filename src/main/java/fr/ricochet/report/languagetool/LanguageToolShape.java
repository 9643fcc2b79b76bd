package fr.ricochet.report.languagetool;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Severity;
import fr.ricochet.check.Suggestion;
import fr.ricochet.report.NetworkView;
import fr.ricochet.report.Report;
import fr.ricochet.rules.RuleBook;
import java.text.BreakIterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A Ricochet report out in LanguageTool's shape: each finding becomes one match. */
public final class LanguageToolShape {

    /** Characters of draft shown on each side of a match, as LanguageTool's default context. */
    static final int CONTEXT = 40;
    private static final String ELLIPSIS = "...";

    private final RuleBook rules;
    private final String version;

    public LanguageToolShape(RuleBook rules, String version) {
        this.rules = rules;
        this.version = version;
    }

    /**
     * @param text          the document the report is about: its plain text was analysed, and the matches point
     *                      into its original
     * @param requestedCode the client's language code ("fr-FR", "auto"...), echoed when it named a language
     */
    public LanguageToolAnswer answer(Report report, AnnotatedText text, String requestedCode) {
        String detected = report.language().code();
        String code = "auto".equalsIgnoreCase(requestedCode) ? detected : requestedCode;
        LanguageToolAnswer.Language language = new LanguageToolAnswer.Language(LanguageCodes.nameOf(code), code,
                new LanguageToolAnswer.DetectedLanguage(LanguageCodes.nameOf(detected), detected));
        List<LanguageToolAnswer.Match> matches = report.findings().stream()
                .map(finding -> match(finding, text, detected)).toList();
        Map<String, Integer> networks = new LinkedHashMap<>();
        for (NetworkView network : report.networks()) {
            networks.put(network.network(), network.score());
        }
        return new LanguageToolAnswer(new LanguageToolAnswer.Software("Ricochet", version, "", 1, false, ""),
                new LanguageToolAnswer.Warnings(false), language, matches,
                new LanguageToolAnswer.Ricochet(report.score(), networks));
    }

    private LanguageToolAnswer.Match match(Finding finding, AnnotatedText document, String language) {
        String text = document.plain();
        List<Replacement> fixes = finding.suggestions().stream().map(Suggestion::replacement)
                .filter(Objects::nonNull).toList();
        // A LanguageTool client replaces the match's span with the chosen value, so when Ricochet has a fix
        // the match covers the fix's span (e.g. " #Astuces" with its space) and lists the fixes of that span.
        Replacement first = fixes.isEmpty() ? null : fixes.get(0);
        int offset = Math.min(first != null ? first.offset() : finding.offset(), text.length());
        int length = Math.min(first != null ? first.length() : finding.length(), text.length() - offset);
        List<LanguageToolAnswer.Replacement> replacements = fixes.stream()
                .filter(r -> r.offset() == offset && r.length() == length)
                .map(r -> new LanguageToolAnswer.Replacement(r.value())).toList();
        String title = rules.tipTitle(finding.rule(), language);
        int start = document.originalStart(offset);
        int end = length == 0 ? start : Math.max(start, document.originalEnd(offset + length));
        if (end - start != length) {
            // the span holds markup, which the client would delete with the text it replaces
            replacements = List.of();
        }
        return new LanguageToolAnswer.Match(finding.message(), title, replacements, start, end - start,
                context(document.original(), start, end - start), sentence(text, offset, language),
                new LanguageToolAnswer.Type("Other"),
                new LanguageToolAnswer.Rule(ruleId(finding.rule()), finding.code(), title, issueType(finding.severity()),
                        new LanguageToolAnswer.Category("RICOCHET_" + ruleId(finding.rule()), title)),
                false, 0);
    }

    /** LanguageTool's rule ids are upper snake case; clients use them to disable a rule. */
    static String ruleId(String rule) {
        return rule.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** LanguageTool's issue types (from ITS 2.0); editors colour matches by them. */
    static String issueType(Severity severity) {
        return switch (severity) {
            case ERROR -> "grammar";
            case WARNING, SUGGESTION -> "style";
            case INFO -> "uncategorized";
        };
    }

    static LanguageToolAnswer.Context context(String text, int offset, int length) {
        int start = Math.max(0, offset - CONTEXT);
        int end = Math.min(text.length(), offset + length + CONTEXT);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--; // never cut an emoji in half
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        String prefix = start > 0 ? ELLIPSIS : "";
        String suffix = end < text.length() ? ELLIPSIS : "";
        return new LanguageToolAnswer.Context(prefix + text.substring(start, end) + suffix,
                prefix.length() + offset - start, length);
    }

    static String sentence(String text, int offset, String language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        sentences.setText(text);
        int safe = Math.min(offset, Math.max(0, text.length() - 1));
        int end = text.isEmpty() ? 0 : sentences.following(safe);
        int start = sentences.preceding(end == BreakIterator.DONE ? text.length() : end);
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        return text.substring(Math.max(0, start), end).strip();
    }
}
