package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Facts;
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
import java.util.stream.Stream;

/**
 * Spelling and grammar: LanguageTool's matches on the draft, each kept as LanguageTool said it (rule id as the
 * finding's code, its category, message and replacements), except those the rules turn off as clashing with how
 * people write on social networks, and those inside a hashtag, mention, link, cashtag or emoji, which are never
 * words to correct.
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

    /**
     * Inclusive French: a word with its feminine and plural endings after a middle dot or a full stop
     * (chargé·e·s, citoyen.ne.s), or in brackets (candidat(e)s). LanguageTool reads the pieces as broken words.
     */
    private static final Pattern INCLUSIVE = Pattern.compile(
            "\\p{L}+(?:[·•‧⋅][\\p{L}]{1,5}|\\.(?:e|es|s|ne|nes|le|les|se|ses|rice|rices|trice|trices|euse|euses|ère|ères"
            + "|ve|ves|fe|fes|te|tes|x)\\b)+|\\p{L}+\\((?:e|es|ne|le|se|s|rice|euse|ère)\\)s?");

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        GrammarCheck grammar = draft.facts().grammar();
        if (!grammar.checked()) {
            return Verdict.notApplicable();
        }
        List<Span> untouchable = untouchable(draft.facts());
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        double lost = 0;
        for (LanguageMatch match : grammar.matches()) {
            if (isDisabled(match) || overlapsAny(match, untouchable)
                    || settings.properNouns() && isName(draft.text(), match)) {
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

    private static List<Span> untouchable(Facts facts) {
        Stream<Span> inclusive = INCLUSIVE.matcher(facts.text()).results()
                .map(r -> new Span(r.start(), r.end() - r.start()));
        return Stream.of(facts.entities().stream().map(Entity::span), facts.emojis().stream(),
                facts.gluedHashtags().stream(), inclusive).flatMap(s -> s).toList();
    }

    /** A spelling match on a capitalised word inside a sentence: a name LanguageTool's dictionary lacks. */
    static boolean isName(String text, LanguageMatch match) {
        if (!"misspelling".equals(match.issueType()) || match.length() == 0
                || !Character.isUpperCase(text.codePointAt(match.offset()))) {
            return false;
        }
        int before = match.offset() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && ".!?…:\n\r".indexOf(text.charAt(before)) < 0;
    }

    private static boolean overlapsAny(LanguageMatch match, List<Span> spans) {
        return spans.stream().anyMatch(s -> match.offset() < s.offset() + s.length() && s.offset() < match.end());
    }
}
