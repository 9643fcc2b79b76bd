package fr.ricochet.check;

import fr.ricochet.measure.GrammarCheck;
import fr.ricochet.measure.LanguageMatch;
import fr.ricochet.measure.Span;
import fr.ricochet.rules.Localized;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling and grammar: LanguageTool's matches on the draft, each kept as LanguageTool said it (rule id as the
 * finding's code, its category, message and replacements), except:
 * <ul>
 * <li>those of the rules and categories the tip file turns off, each with its reason;</li>
 * <li>those touching a hashtag, mention or handle, link, cashtag, emoji or inclusive word (chargé·e), which are
 * never words to correct;</li>
 * <li>those on words another tip already pointed at (an abbreviation, "!!!"): one problem, one finding;</li>
 * <li>an unknown word that is a name (capitalised), a figure or unit ("35 k€"), or a word Ricochet's dictionaries
 * know in either language, British and American forms alike: a spelling dictionary lacks names and new words,
 * and a post mixes French and English freely.</li>
 * </ul>
 */
record LanguageCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("language", Settings.class, CheckKind.WHOLE_POST,
            Set.of("replace"), LanguageCheck::new).filling("value");

    private static final Pattern SUGGESTION_MARKUP = Pattern.compile("<suggestion>(.*?)</suggestion>");
    /** Issue types that are a matter of style or register, not of correctness: suggestions, not warnings. */
    private static final Set<String> STYLE = Set.of("style", "register", "locale-violation", "whitespace", "typographical",
            "formatting", "other");

    /** A rule or a whole category of LanguageTool turned off, with the reason, stated in both languages. */
    record Disabled(String rule, String category, Localized reason) {
    }

    /**
     * @param costPerError what each warning takes off the tip's score (a style suggestion takes half)
     * @param maxReplacements how many of LanguageTool's replacements are offered, best first
     */
    record Settings(double costPerError, double floor, int maxReplacements, boolean properNouns,
            List<Disabled> disabled) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        GrammarCheck grammar = draft.facts().grammar();
        if (!grammar.checked()) {
            return Verdict.notApplicable();
        }
        if (grammar.matches().isEmpty()) {
            return new Verdict(1.0, List.of());
        }
        PostConventions conventions = PostConventions.of(draft.facts());
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        double lost = 0;
        for (LanguageMatch match : grammar.matches()) {
            if (isDisabled(match) || overlapsAny(match, draft.flagged()) || conventions.excuse(match)
                    || UnknownWords.isNoMistake(draft.text(), match, settings.properNouns())) {
                continue;
            }
            Severity severity = STYLE.contains(match.issueType()) ? Severity.SUGGESTION : Severity.WARNING;
            lost += severity == Severity.WARNING ? settings.costPerError() : settings.costPerError() / 2;
            findings.add(finding(match, severity, say, draft.language()));
        }
        return new Verdict(Math.max(settings.floor(), 1 - lost), findings);
    }

    private Finding finding(LanguageMatch match, Severity severity, Wording say, Language language) {
        List<Suggestion> fixes = match.replacements().stream().limit(settings.maxReplacements())
                .map(value -> say.fix("replace", new Replacement(match.offset(), match.length(), value), false,
                        "value", value))
                .toList();
        return new Finding(tip.id(), match.rule(), severity, plain(match.message(), language), match.offset(),
                match.length(), List.of(), fixes, 0,
                new Finding.LanguageToolRule(match.subRule(), match.description(), match.category(),
                        match.categoryName(), match.issueType(), match.type()));
    }

    /** LanguageTool marks the words it proposes with tags; here they read as quoted, each language its way. */
    static String plain(String message, Language language) {
        Matcher m = SUGGESTION_MARKUP.matcher(message);
        String open = language == Language.FR ? "«\u00A0" : "“";
        String close = language == Language.FR ? "\u00A0»" : "”";
        return m.replaceAll(r -> Matcher.quoteReplacement(open + r.group(1) + close));
    }

    private boolean isDisabled(LanguageMatch match) {
        return settings.disabled().stream().anyMatch(off -> match.rule().equals(off.rule())
                || match.category().equals(off.category()));
    }

    static boolean overlapsAny(LanguageMatch match, List<Span> spans) {
        return spans.stream().anyMatch(s -> match.offset() < s.offset() + s.length() && s.offset() < match.end());
    }
}
