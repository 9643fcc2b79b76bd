package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Span;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What makes an account look bought, baited or automated, each at its span: phrases of bought audiences and
 * follow-for-follow ({@code found}), like-bait and contest mechanics ({@code bait}), a contest with no link to
 * its rules ({@code no-rules}), hard-sell false urgency ({@code hard-sell}: several urgency phrases, or one in
 * capitals), the same sentence written again ({@code repeated-sentence}), the same tag twice
 * ({@code repeated-tag}) and follow-back tags, which the fix removes ({@code spam-tag}).
 */
final class AuthenticityCheck implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("authenticity", Settings.class, CheckKind.WHOLE_POST,
            Set.of("found", "bait", "no-rules", "hard-sell", "repeated-sentence", "repeated-tag", "stuffed-tag",
                    "spam-tag", "drop-tag"), AuthenticityCheck::new).filling("count", "phrase", "tag");
    private static final Set<String> PHRASE_CODES = Set.of("found", "bait", "hard-sell", "contest", "rules");

    /**
     * @param patterns per language, phrases with the code they raise: found, bait, hard-sell, or contest (a
     *                 contest, which raises no-rules only when the draft neither links anywhere nor says where
     *                 its rules are: a {@code rules} phrase, such as "Règlement : lien dans la bio")
     * @param hardSellMin how many urgency phrases make a hard sell (one written in capitals is enough)
     * @param minSentenceWords a sentence repeated must have at least this many words to count
     * @param spamTags tags (without #, lower case) that only farm follows
     */
    record Settings(double stepPerProblem, Map<String, List<Phrases.Phrase>> patterns, int hardSellMin,
            int minSentenceWords, List<String> spamTags) {

        Settings {
            Phrases.requireCodes(patterns, PHRASE_CODES);
        }
    }

    private final TipSpec tip;
    private final Settings settings;
    private final Phrases phrases;

    AuthenticityCheck(TipSpec tip, Settings settings) {
        this.tip = tip;
        this.settings = settings;
        this.phrases = new Phrases(settings.patterns());
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), null);
        String text = draft.text();
        List<Finding> findings = new ArrayList<>();
        List<Phrases.Hit> urgency = new ArrayList<>();
        Phrases.Hit contest = null;
        boolean rulesSaid = false;
        for (Phrases.Hit hit : phrases.find(draft.facts().prose(), draft.language())) {
            String code = hit.phrase().code();
            if (code.equals("hard-sell")) {
                urgency.add(hit);
            } else if (code.equals("contest")) {
                contest = contest == null ? hit : contest;
            } else if (code.equals("rules")) {
                rulesSaid = true;
            } else {
                findings.add(say.finding(code, Severity.WARNING, hit.start(), hit.end() - hit.start(), List.of(),
                        "phrase", text.substring(hit.start(), hit.end())));
            }
        }
        boolean shouted = urgency.stream().anyMatch(h -> capitals(text.substring(h.start(), h.end())));
        if (!urgency.isEmpty() && (urgency.size() >= settings.hardSellMin() || shouted)) {
            Phrases.Hit first = urgency.get(0);
            findings.add(say.finding("hard-sell", Severity.WARNING, first.start(), first.end() - first.start(),
                    List.of(), "phrase", text.substring(first.start(), first.end())));
        }
        if (contest != null && !rulesSaid && draft.facts().urls().isEmpty()) {
            findings.add(say.finding("no-rules", Severity.WARNING, contest.start(), contest.end() - contest.start(),
                    List.of(), "phrase", text.substring(contest.start(), contest.end())));
        }
        repeatedSentence(draft, say).ifPresent(findings::add);
        findings.addAll(tags(draft, say));
        return new Verdict(Math.max(0, 1 - settings.stepPerProblem() * findings.size()), findings);
    }

    private static boolean capitals(String phrase) {
        return phrase.codePoints().filter(Character::isLetter).count() >= 4
                && phrase.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The first sentence that comes again, word for word (case, accents and punctuation aside), at its second use. */
    private java.util.Optional<Finding> repeatedSentence(Draft draft, Wording say) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Span> second = new java.util.LinkedHashMap<>();
        for (Span sentence : draft.facts().sentences()) {
            String words = normalised(draft.text().substring(sentence.offset(), sentence.end()));
            if (words.split(" ").length >= settings.minSentenceWords() && uses.merge(words, 1, Integer::sum) == 2) {
                second.put(words, sentence);
            }
        }
        return second.entrySet().stream().findFirst().map(repeated -> say.finding("repeated-sentence", Severity.WARNING,
                repeated.getValue().offset(), repeated.getValue().length(), List.of(), "count",
                uses.get(repeated.getKey())));
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    static String normalised(String sentence) {
        String plain = MARKS.matcher(Normalizer.normalize(sentence.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * Follow-back tags go, with the space before them. A tag written again is named once, at its second use,
     * and its repeats go: twice is a slip, three times or more is stuffing.
     */
    private List<Finding> tags(Draft draft, Wording say) {
        List<Finding> findings = new ArrayList<>();
        List<Entity> entities = draft.facts().entities();
        Map<String, List<Entity>> byValue = new java.util.LinkedHashMap<>();
        for (Entity tag : draft.facts().hashtags()) {
            String value = tag.value().toLowerCase(Locale.ROOT);
            if (settings.spamTags().contains(value)) {
                Replacement drop = HashtagCountCheck.dropping(draft, entities, tag);
                findings.add(say.finding("spam-tag", Severity.WARNING, tag.offset(), tag.length(), Wording.list(
                        say.fix("drop-tag", Replacement.remove(drop.offset(), drop.length() == 1
                                ? tag.length() : drop.length()), true, "tag", "#" + tag.value())),
                        "tag", "#" + tag.value()));
            } else {
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(tag);
            }
        }
        for (List<Entity> uses : byValue.values()) {
            if (uses.size() < 2) {
                continue;
            }
            Entity second = uses.get(1);
            Entity last = uses.get(uses.size() - 1);
            List<Suggestion> fixes = uses.size() == 2
                    ? Wording.list(say.fix("drop-tag", HashtagCountCheck.dropping(draft, entities, second), true,
                            "tag", "#" + second.value()))
                    : Wording.list(say.fix("drop-tag", Replacement.remove(uses.get(0).end(), last.end()
                            - uses.get(0).end()), true, "tag", "#" + second.value()));
            if (uses.size() > 2 && !onlyTagsBetween(draft, uses)) {
                fixes = List.of();
            }
            findings.add(say.finding(uses.size() == 2 ? "repeated-tag" : "stuffed-tag", Severity.WARNING,
                    second.offset(), second.length(), fixes, "tag", "#" + second.value(), "count", uses.size()));
        }
        return findings;
    }

    /** Whether only the same tag and spaces stand between its first and last uses, so the run can go at once. */
    private static boolean onlyTagsBetween(Draft draft, List<Entity> uses) {
        String text = draft.text();
        for (int i = 1; i < uses.size(); i++) {
            if (!text.substring(uses.get(i - 1).end(), uses.get(i).offset()).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
