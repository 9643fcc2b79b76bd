package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Token;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.Range;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many hashtags, against the network's measured sweet spot and hard cap. Too few: offers the draft's
 * own nouns and proper nouns as tags. Too many: names which ones to drop, from the end.
 */
record HashtagCountCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("hashtag-count", Settings.class, CheckKind.PER_NETWORK,
            Set.of("too-few", "too-many", "over-cap", "not-useful", "add-tag", "drop-tag", "unmark-tag"), HashtagCountCheck::new);

    /**
     * @param candidates how many words to offer as hashtags
     * @param minLetters shortest word worth a hashtag
     * @param tooFewScore score when below the sweet spot
     * @param stepPerExtra score lost per hashtag above the sweet spot
     * @param notTopics words never offered as a tag (compared in lower case): days, months, times, which say when
     *                  and not what, so nobody follows them
     */
    record Settings(int candidates, int minLetters, double tooFewScore, double stepPerExtra, Set<String> notTopics) {
        Settings {
            notTopics = notTopics.stream().map(word -> word.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), network);
        List<Entity> tags = draft.facts().hashtags();
        Range sweet = network.hashtagSweetSpot();
        int count = tags.size();
        int min = sweet.min() == null ? 0 : sweet.min();
        int max = sweet.max() == null ? Integer.MAX_VALUE : sweet.max();
        List<Finding> findings = new ArrayList<>();
        List<Entity> entities = draft.facts().entities();
        if (network.hashtagCap() != null && count > network.hashtagCap()) {
            for (Entity tag : tags.subList(network.hashtagCap(), count)) {
                findings.add(dropFinding(say, draft, entities, tag, "over-cap", Severity.ERROR, count, network.hashtagCap()));
            }
            return new Verdict(0.0, findings);
        }
        if (count < min) {
            List<Suggestion> offers = new ArrayList<>();
            for (Token word : candidates(draft)) {
                offers.add(say.fix("add-tag", Replacement.insert(word.offset(), "#"), false, "word", word.text()));
            }
            findings.add(say.finding("too-few", Severity.SUGGESTION, 0, 0, offers, "count", count, "min", min,
                    "max", sweet.max() == null ? min : max));
            return new Verdict(settings.tooFewScore(), findings);
        }
        if (count > max) {
            String code = max == 0 ? "not-useful" : "too-many";
            for (Entity tag : tags.subList(max, count)) {
                findings.add(dropFinding(say, draft, entities, tag, code, max == 0 ? Severity.SUGGESTION : Severity.WARNING,
                        count, max));
            }
            return new Verdict(Math.max(0, 1 - settings.stepPerExtra() * (count - max)), findings);
        }
        return new Verdict(1.0, findings);
    }

    private static Finding dropFinding(Wording say, Draft draft, List<Entity> entities, Entity tag, String code,
            Severity severity, int count, int max) {
        Replacement drop = dropping(draft, entities, tag);
        String fix = drop.length() == 1 ? "unmark-tag" : "drop-tag";
        return say.finding(code, severity, tag.offset(), tag.length(),
                Wording.list(say.fix(fix, drop, true, "tag", "#" + tag.value(), "word", tag.value())),
                "count", count, "max", max, "tag", "#" + tag.value());
    }

    /**
     * A tag that stands apart from the sentences (between other entities, after the last sentence, at
     * the very start before another entity) goes with the space before it; a tag that carries a word of a
     * sentence ("venez à #Grenoble !") keeps its word and only loses the sign, so the sentence still reads.
     */
    static Replacement dropping(Draft draft, List<Entity> entities, Entity tag) {
        String text = draft.text();
        int before = tag.offset() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = tag.end();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        boolean apartBefore = before < 0 || inEntity(entities, before) || ".!?…".indexOf(text.charAt(before)) >= 0
                || Character.isSurrogate(text.charAt(before));
        boolean apartAfter = after >= text.length() || inEntity(entities, after);
        if (!apartBefore || !apartAfter) {
            return Replacement.remove(tag.offset(), 1);
        }
        int start = tag.offset();
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '\n') {
            start--;
        }
        if (start == 0) {
            int end = tag.end();
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            return Replacement.remove(0, end);
        }
        return Replacement.remove(start, tag.end() - start);
    }

    private static boolean inEntity(List<Entity> entities, int index) {
        return entities.stream().anyMatch(e -> index >= e.offset() && index < e.end());
    }

    /** Proper nouns first, then the longest nouns, never a word that is already a tag. */
    private List<Token> candidates(Draft draft) {
        Set<String> existing = new java.util.HashSet<>();
        draft.facts().hashtags().forEach(t -> existing.add(t.value().toLowerCase(Locale.ROOT)));
        Map<String, Token> unique = new LinkedHashMap<>();
        draft.facts().tokens().stream()
                .filter(Token::isNoun)
                .filter(t -> t.text().codePoints().allMatch(Character::isLetterOrDigit))
                .filter(t -> t.text().codePoints().filter(Character::isLetter).count() >= settings.minLetters())
                .filter(t -> !existing.contains(t.text().toLowerCase(Locale.ROOT)))
                .filter(t -> !settings.notTopics().contains(t.text().toLowerCase(Locale.ROOT)))
                .sorted((a, b) -> "PROPN".equals(a.tag()) != "PROPN".equals(b.tag())
                        ? ("PROPN".equals(a.tag()) ? -1 : 1) : Integer.compare(b.length(), a.length()))
                .forEach(t -> unique.putIfAbsent(t.text().toLowerCase(Locale.ROOT), t));
        return unique.values().stream().limit(settings.candidates()).toList();
    }
}
