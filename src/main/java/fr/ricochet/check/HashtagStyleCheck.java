package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.HashtagWords;
import fr.ricochet.measure.Span;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How hashtags are written: multi-word tags in CamelCase (screen readers and eyes split them), the words found
 * in the dictionaries by the most probable split ({@link HashtagWords}); tags not glued together, and not every
 * word turned into a tag.
 */
final class HashtagStyleCheck implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("hashtag-style", Settings.class, CheckKind.WHOLE_POST,
            Set.of("camel-case", "glued", "all-tags", "write-camel", "add-space"), HashtagStyleCheck::new).filling("camel", "count", "tag", "words");

    /**
     * @param minCamelLetters only tags at least this long are tried as several words
     * @param split the prices of a split into dictionary words (fewer, longer, commoner words win)
     * @param leaveAlone patterns (on the lower-case tag) of spam tags never tidied: the authenticity tip removes them
     * @param maxTagShare share of the words that may be tags before it reads as tag soup
     * @param minTagsForShare the share rule needs at least this many tags
     * @param stepPerProblem score lost per problem found
     */
    record Settings(int minCamelLetters, HashtagWords.Costs split, List<String> leaveAlone, double maxTagShare,
            int minTagsForShare, double stepPerProblem) {
    }

    private final TipSpec tip;
    private final Settings settings;
    private final List<Pattern> spam;

    HashtagStyleCheck(TipSpec tip, Settings settings) {
        this.tip = tip;
        this.settings = settings;
        List<Pattern> compiled = new ArrayList<>();
        for (int i = 0; i < settings.leaveAlone().size(); i++) {
            try {
                compiled.add(Pattern.compile(settings.leaveAlone().get(i), Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("leaveAlone[" + i + "]: not a valid regular expression: "
                        + e.getDescription());
            }
        }
        this.spam = List.copyOf(compiled);
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        if (draft.facts().hashtags().isEmpty() && draft.facts().gluedHashtags().isEmpty()) {
            return Verdict.notApplicable();
        }
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        for (Entity tag : draft.facts().hashtags()) {
            String value = tag.value();
            if (value.length() >= settings.minCamelLetters() && value.equals(value.toLowerCase(Locale.ROOT))
                    && spam.stream().noneMatch(p -> p.matcher(value).matches())) {
                List<String> parts = HashtagWords.split(value, draft.language(), settings.split());
                if (parts.size() >= 2) {
                    String camel = camel(parts);
                    findings.add(say.finding("camel-case", Severity.SUGGESTION, tag.offset(), tag.length(),
                            Wording.list(say.fix("write-camel", new Replacement(tag.offset() + 1, value.length(), camel),
                                    true, "tag", "#" + camel)), "tag", "#" + value, "camel", "#" + camel));
                }
            }
        }
        for (Span glued : draft.facts().gluedHashtags()) {
            findings.add(say.finding("glued", Severity.WARNING, glued.offset(), glued.length(),
                    Wording.list(say.fix("add-space", Replacement.insert(glued.offset(), " "), true)),
                    "tag", draft.text().substring(glued.offset(), glued.end())));
        }
        int tags = draft.facts().hashtags().size();
        int words = Math.max(1, draft.facts().words());
        if (tags >= settings.minTagsForShare() && (double) tags / words > settings.maxTagShare()) {
            findings.add(say.whole("all-tags", Severity.WARNING, "count", tags, "words", words));
        }
        return new Verdict(Math.max(0, 1 - settings.stepPerProblem() * findings.size()), findings);
    }

    private static String camel(List<String> parts) {
        StringBuilder camel = new StringBuilder();
        for (String part : parts) {
            camel.appendCodePoint(Character.toUpperCase(part.codePointAt(0)))
                    .append(part.substring(Character.charCount(part.codePointAt(0))));
        }
        return camel.toString();
    }
}
