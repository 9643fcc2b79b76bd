package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.GrammarCheck;
import fr.ricochet.measure.LanguageMatch;
import fr.ricochet.measure.Morphology;
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
import org.apache.commons.text.similarity.LevenshteinDistance;

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

    private static final String UNKNOWN_WORD = "UnknownWord";
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();
    /** A handle as any network writes one (@lena.bsky.social, @camille-roy, @ami@mastodon.social), or a $tag. */
    private static final Pattern HANDLE = Pattern.compile("[@$][\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*(?:@[\\p{L}\\p{N}.\\-]+)?");
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
        List<Span> inclusive = inclusiveWords(draft.text());
        List<Span> untouchable = untouchable(draft.facts(), inclusive);
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        double lost = 0;
        for (LanguageMatch match : grammar.matches()) {
            if (isDisabled(match) || overlapsAny(match, untouchable) || overlapsAny(match, draft.flagged())
                    || isUnknownButFine(draft.text(), match) || readsANameAsAWord(draft.text(), match)
                    || followsInclusiveWord(draft.text(), match, inclusive)) {
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

    private static List<Span> inclusiveWords(String text) {
        return INCLUSIVE.matcher(text).results().map(r -> new Span(r.start(), r.end() - r.start())).toList();
    }

    private static List<Span> untouchable(Facts facts, List<Span> inclusive) {
        Stream<Span> handles = HANDLE.matcher(facts.text()).results().map(r -> new Span(r.start(), r.end() - r.start()));
        return Stream.of(facts.entities().stream().map(Entity::span), facts.emojis().stream(),
                facts.gluedHashtags().stream(), inclusive.stream(), handles).flatMap(s -> s).toList();
    }

    /** An unknown word that is no misspelling: a name, a figure or a unit, or a word of either dictionary. */
    private boolean isUnknownButFine(String text, LanguageMatch match) {
        if (!UNKNOWN_WORD.equals(match.type()) || match.length() == 0) {
            return false;
        }
        String word = text.substring(match.offset(), match.end());
        if (settings.properNouns() && Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-')) {
            return true;
        }
        String lower = lower(word);
        // A compound is known when each of its words is ("colour-mixing", "auto-école").
        if (java.util.Arrays.stream(lower.split("-")).allMatch(LanguageCheck::isKnown)) {
            return true;
        }
        // A slip of the keyboard lies one letter (or two swapped, or an accent) from the word meant; a word
        // LanguageTool knows nothing that close to, or knows only with a capital (a name), is a rare or new word
        // rather than a mistake.
        if (match.replacements().stream().anyMatch(word::equalsIgnoreCase)) {
            return true;
        }
        return match.replacements().stream().noneMatch(r -> isSlip(bare(lower), bare(lower(r))));
    }

    private static boolean isSlip(String typed, String meant) {
        int edits = EDITS.apply(typed, meant);
        return edits <= 1 || edits == 2 && typed.length() == meant.length() && sorted(typed).equals(sorted(meant));
    }

    private static String sorted(String word) {
        return word.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Without accents: "évenement" is one slip from "événement", not two. */
    private static String bare(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean isKnown(String word) {
        return !word.isEmpty()
                && (Morphology.of(Language.FR).isKnownWord(word) || Morphology.of(Language.EN).isKnownWord(word));
    }

    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    /**
     * A grammar match that takes in a capitalised word in mid-sentence: LanguageTool reads the name ("l'hôpital
     * Nord", "un Éthiopie", a market's name) as a common noun and its agreement as a mistake.
     */
    private static boolean readsANameAsAWord(String text, LanguageMatch match) {
        if (UNKNOWN_WORD.equals(match.type())) {
            return false;
        }
        for (int i = match.offset(); i < match.end(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                    && !endsSentence(text, i - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int before) {
        int i = before;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?…\n\r".indexOf(text.charAt(i)) >= 0 || Character.isSurrogate(text.charAt(i));
    }

    /** A match starting right after an inclusive word reads its ending ("régisseur·se") as a word of its own. */
    private static boolean followsInclusiveWord(String text, LanguageMatch match, List<Span> inclusive) {
        return inclusive.stream().anyMatch(word -> word.end() <= match.offset()
                && text.substring(word.end(), match.offset()).isBlank());
    }

    private static boolean overlapsAny(LanguageMatch match, List<Span> spans) {
        return spans.stream().anyMatch(s -> match.offset() < s.offset() + s.length() && s.offset() < match.end());
    }
}
