package fr.ricochet.report.languagetool;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Severity;
import fr.ricochet.check.Suggestion;
import fr.ricochet.measure.LanguageDetection;
import fr.ricochet.report.NetworkView;
import fr.ricochet.report.Report;
import fr.ricochet.rules.Localized;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Language;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Ricochet report out in LanguageTool's shape: each finding becomes one match, sorted by offset as LanguageTool
 * sorts them, and at least one character long, since LanguageTool's clients underline and replace a span.
 */
public final class LanguageToolShape {

    /** Characters of draft shown on each side of a match, as LanguageTool's default context. */
    static final int CONTEXT = 40;
    private static final String ELLIPSIS = "...";
    /** LanguageTool's {@code type.typeName}: a match at the words it is about, or a hint about the whole post. */
    static final String OTHER = "Other";
    static final String HINT = "Hint";
    static final String SOCIAL_MEDIA = "SOCIAL_MEDIA";
    private static final Localized SOCIAL_MEDIA_NAME = new Localized("Réseaux sociaux", "Social media");

    private final RuleBook rules;
    private final String version;
    private final Map<String, String> kinds;

    public LanguageToolShape(RuleBook rules, String version) {
        this.rules = rules;
        this.version = version;
        this.kinds = rules.tips().stream().collect(Collectors.toMap(TipSpec::id, TipSpec::kind, (a, b) -> a));
    }

    /**
     * @param text          the document the report is about: its plain text was analysed, and the matches point
     *                      into its original
     * @param requestedCode the client's language code ("fr-FR", "auto"...)
     * @param detection     the draft's language as the model reads it, whatever the request says
     */
    public LanguageToolAnswer answer(Report report, AnnotatedText text, String requestedCode,
            LanguageDetection detection) {
        return answer(report, text, requestedCode, detection, Set.of(), Set.of());
    }

    /**
     * The same, leaving out the rules and categories the client turned off ({@code disabledRules} and
     * {@code disabledCategories}, as LanguageTool's clients send them): LanguageTool's rule ids, or Ricochet's tip
     * ids in LanguageTool's spelling ({@code HASHTAGS}) and {@code SOCIAL_MEDIA} for all of them.
     */
    public LanguageToolAnswer answer(Report report, AnnotatedText text, String requestedCode,
            LanguageDetection detection, Set<String> disabledRules, Set<String> disabledCategories) {
        Language language = report.language().code();
        Placement placement = new Placement(text, Sentences.of(text.plain(), language), report.facts());
        List<LanguageToolAnswer.Match> matches = report.findings().stream()
                .filter(finding -> !disabledRules.contains(ruleIdOf(finding))
                        && !disabledCategories.contains(categoryOf(finding)))
                .map(finding -> match(finding, placement, language))
                .sorted(Comparator.comparingInt(LanguageToolAnswer.Match::offset))
                .toList();
        Map<String, Integer> networks = new LinkedHashMap<>();
        for (NetworkView network : report.networks()) {
            networks.put(network.network().value(), network.score());
        }
        return new LanguageToolAnswer(software(), new LanguageToolAnswer.Warnings(false),
                language(requestedCode, language, detected(detection, language)), matches,
                placement.originalRanges(), extended(placement.originalRanges(), language),
                new LanguageToolAnswer.Ricochet(report.score(), networks));
    }

    /**
     * What LanguageTool answers for an empty text: no match, no sentence, nothing detected.
     *
     * @param ricochetCode the language asked for, as {@link LanguageCodes#toRicochet} gives it ({@code fr}, {@code en})
     */
    public LanguageToolAnswer empty(String requestedCode, String ricochetCode) {
        Language language = Language.of(ricochetCode);
        LanguageCodes.Entry fallback = LanguageCodes.detected(language);
        return new LanguageToolAnswer(software(), new LanguageToolAnswer.Warnings(false),
                language(requestedCode, language, new LanguageToolAnswer.DetectedLanguage(fallback.name(),
                        fallback.longCode(), 0f, null)), List.of(), List.of(), List.of(), null);
    }

    private LanguageToolAnswer.Software software() {
        return new LanguageToolAnswer.Software("Ricochet", version, "", 1, false, "");
    }

    /** As LanguageTool: the requested language as it names it, or for {@code auto} the language the draft was read in. */
    private static LanguageToolAnswer.Language language(String requestedCode, Language language,
            LanguageToolAnswer.DetectedLanguage detected) {
        LanguageCodes.Entry entry = "auto".equalsIgnoreCase(requestedCode.strip()) ? LanguageCodes.detected(language)
                : LanguageCodes.answered(requestedCode);
        return new LanguageToolAnswer.Language(entry.name(), entry.longCode(), detected);
    }

    /** A draft too short for the model keeps the language it was read in, flagged as LanguageTool's fallback. */
    private static LanguageToolAnswer.DetectedLanguage detected(LanguageDetection detection, Language language) {
        Language code = detection.detected() ? detection.code() : language;
        LanguageCodes.Entry entry = LanguageCodes.detected(code);
        return new LanguageToolAnswer.DetectedLanguage(entry.name(), entry.longCode(), (float) detection.confidence(),
                detection.detected() ? "ngram" : "+fallback");
    }

    private static List<LanguageToolAnswer.SentenceRange> extended(List<int[]> ranges, Language language) {
        List<LanguageToolAnswer.LanguageRate> rate = List.of(new LanguageToolAnswer.LanguageRate(language, 1f));
        return ranges.stream().map(range -> new LanguageToolAnswer.SentenceRange(range[0], range[1], rate)).toList();
    }

    private LanguageToolAnswer.Match match(Finding finding, Placement placement, Language language) {
        List<Replacement> fixes = finding.suggestions().stream().map(Suggestion::replacement)
                .filter(Objects::nonNull).toList();
        Placement.Span span = placement.place(finding, fixes, kinds.get(finding.rule()));
        String title = rules.tipTitle(finding.rule(), language.code());
        return new LanguageToolAnswer.Match(finding.message(), title, span.replacements(), span.offset(),
                span.length(), context(placement.document().original(), span.offset(), span.length()),
                placement.sentence(span.plainOffset()), new LanguageToolAnswer.Type(finding.languageTool() != null ? finding.languageTool().matchType()
                        : span.hint() ? HINT : OTHER),
                rule(finding, title, language), false, 0);
    }

    /**
     * A spelling or grammar finding keeps LanguageTool's own rule, so a client's "disable this rule" and its
     * colours work as with LanguageTool; Ricochet's own advice is one category, {@code SOCIAL_MEDIA}, with the
     * tip as the rule and the message code as its sub-id.
     */
    private static LanguageToolAnswer.Rule rule(Finding finding, String title, Language language) {
        Finding.LanguageToolRule origin = finding.languageTool();
        if (origin != null) {
            return new LanguageToolAnswer.Rule(ruleIdOf(finding), origin.subId(), origin.description(),
                    origin.issueType(), new LanguageToolAnswer.Category(origin.category(), origin.categoryName()));
        }
        return new LanguageToolAnswer.Rule(ruleId(finding.rule()), finding.code(), title, issueType(finding.severity()),
                new LanguageToolAnswer.Category(SOCIAL_MEDIA, SOCIAL_MEDIA_NAME.in(language)));
    }

    private static String ruleIdOf(Finding finding) {
        return finding.languageTool() != null ? finding.code() : ruleId(finding.rule());
    }

    private static String categoryOf(Finding finding) {
        return finding.languageTool() != null ? finding.languageTool().category() : SOCIAL_MEDIA;
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
}
