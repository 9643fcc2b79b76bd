package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Span;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How hashtags are written: multi-word tags in CamelCase (screen readers and eyes split them), tags not
 * glued together, and not every word turned into a tag.
 */
final class HashtagStyleCheck implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("hashtag-style", Settings.class, CheckKind.WHOLE_POST,
            Set.of("camel-case", "glued", "all-tags", "write-camel", "add-space"), HashtagStyleCheck::new);

    /**
     * @param minCamelLetters only tags at least this long are tried as several words
     * @param words known words per language that a lower-case tag may be made of, besides the draft's own
     * @param maxTagShare share of the words that may be tags before it reads as tag soup
     * @param minTagsForShare the share rule needs at least this many tags
     * @param stepPerProblem score lost per problem found
     */
    record Settings(int minCamelLetters, Map<String, List<String>> words, double maxTagShare, int minTagsForShare,
            double stepPerProblem) {
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private final TipSpec tip;
    private final Settings settings;
    private final Map<String, Set<String>> lexicon = new java.util.HashMap<>();

    HashtagStyleCheck(TipSpec tip, Settings settings) {
        this.tip = tip;
        this.settings = settings;
        settings.words().forEach((language, words) -> {
            Set<String> folded = new HashSet<>();
            words.forEach(w -> folded.add(fold(w)));
            lexicon.put(language, Set.copyOf(folded));
        });
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        Set<String> known = null;
        for (Entity tag : draft.facts().hashtags()) {
            String value = tag.value();
            if (value.length() >= settings.minCamelLetters() && value.equals(value.toLowerCase(Locale.ROOT))) {
                if (known == null) {
                    known = knownWords(draft);
                }
                List<String> parts = split(value, known);
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

    /** The lexicon of the draft's language and the draft's own words, built only when a tag needs it. */
    private Set<String> knownWords(Draft draft) {
        Set<String> known = new HashSet<>(lexicon.getOrDefault(draft.language(), Set.of()));
        draft.facts().tokens().stream().filter(t -> t.isWord() && t.length() >= 2).forEach(t -> known.add(fold(t.text())));
        return known;
    }

    /** The fewest known words that spell the tag exactly, or an empty list. */
    static List<String> split(String tag, Set<String> known) {
        String folded = fold(tag);
        int n = folded.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 2; end <= n; end++) {
            for (int start = 0; start <= end - 2; start++) {
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end]
                        && known.contains(folded.substring(start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || folded.length() != tag.length()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            parts.add(0, tag.substring(from[end], end));
        }
        return parts;
    }

    private static String camel(List<String> parts) {
        StringBuilder camel = new StringBuilder();
        for (String part : parts) {
            camel.appendCodePoint(Character.toUpperCase(part.codePointAt(0)))
                    .append(part.substring(Character.charCount(part.codePointAt(0))));
        }
        return camel.toString();
    }

    /** Lower case without accents, so {@code #reseauxsociaux} finds "réseaux". */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }
}
