package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.Range;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many hashtags, against the network's measured sweet spot and hard cap. Too few: offers the draft's
 * own topics as tags ({@link TopicCandidates}). Too many: names which ones to drop, from the end.
 */
record HashtagCountCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("hashtag-count", Settings.class, CheckKind.PER_NETWORK,
            Set.of("too-few", "too-many", "over-cap", "not-useful", "add-tag", "drop-tag", "unmark-tag"), HashtagCountCheck::new).filling("count", "extra", "max", "min", "tag", "word");

    /**
     * @param candidates how many words to offer as hashtags
     * @param minLetters shortest word worth a hashtag
     * @param tooFewScore score when below the sweet spot
     * @param stepPerExtra score lost per hashtag above the sweet spot
     * @param notTopics words never offered as a tag (compared in lower case): days, months, times, which say when
     *                  and not what, so nobody follows them
     * @param greetings words never offered as a tag, and after which a reply names the person answered
     * @param joiners per language, words that join the nouns of one topic ("jeux de société", "Festival of Lights")
     * @param nameDeterminers per language, determiners allowed after a joiner inside a capitalised name
     *                        ("Nuit de la lecture")
     * @param maxTagWords longest topic kept whole, in words
     * @param auxiliaries per language, lemmas of the auxiliaries after which a participle is a verb ("est partie")
     */
    record Settings(int candidates, int minLetters, double tooFewScore, double stepPerExtra, Set<String> notTopics,
            Set<String> greetings, Map<String, List<String>> joiners, Map<String, List<String>> nameDeterminers,
            int maxTagWords, Map<String, List<String>> auxiliaries) {
        Settings {
            notTopics = lowerCase(notTopics);
            greetings = lowerCase(greetings);
        }

        private static Set<String> lowerCase(Set<String> words) {
            return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), network);
        // what this network links as a tag (on Bluesky "(#tag)" is text, on Mastodon "#mot-compose" is #mot)
        List<Entity> tags = draft.facts().on(network.id()).hashtags();
        Range sweet = network.hashtagSweetSpot();
        int count = tags.size();
        int min = sweet.min() == null ? 0 : sweet.min();
        int max = sweet.max() == null ? Integer.MAX_VALUE : sweet.max();
        List<Finding> findings = new ArrayList<>();
        List<Entity> entities = draft.facts().entities();
        if (network.hashtagCap() != null && count > network.hashtagCap()) {
            findings.add(dropFinding(say, draft, entities, tags.subList(network.hashtagCap(), count), "over-cap",
                    Severity.ERROR, count, network.hashtagCap()));
            return new Verdict(0.0, findings);
        }
        if (count < min) {
            List<Suggestion> offers = new ArrayList<>();
            for (TopicCandidates.Candidate topic : TopicCandidates.find(settings, draft)) {
                Replacement mark = topic.words().size() == 1 ? Replacement.insert(topic.offset(), "#")
                        : new Replacement(topic.offset(), topic.end() - topic.offset(), "#" + topic.tag());
                offers.add(say.fix("add-tag", mark, false, "word", topic.text(draft.text()), "tag", "#" + topic.tag()));
            }
            findings.add(say.finding("too-few", Severity.SUGGESTION, 0, 0, offers, "count", count, "min", min,
                    "max", sweet.max() == null ? min : max));
            return new Verdict(settings.tooFewScore(), findings);
        }
        if (count > max) {
            String code = max == 0 ? "not-useful" : "too-many";
            findings.add(dropFinding(say, draft, entities, tags.subList(max, count), code,
                    max == 0 ? Severity.SUGGESTION : Severity.WARNING, count, max));
            return new Verdict(Math.max(0, 1 - settings.stepPerExtra() * (count - max)), findings);
        }
        return new Verdict(1.0, findings);
    }

    /**
     * One finding for all the tags to drop ("Drop #promo, #buy and #new"), at the span from the first to the last,
     * with one fix that drops them all at once: the text between them is kept as it is.
     */
    private static Finding dropFinding(Wording say, Draft draft, List<Entity> entities, List<Entity> surplus,
            String code, Severity severity, int count, int max) {
        String text = draft.text();
        List<Replacement> drops = surplus.stream().map(tag -> dropping(draft, entities, tag)).toList();
        int start = drops.stream().mapToInt(Replacement::offset).min().orElseThrow();
        int end = drops.stream().mapToInt(Replacement::end).max().orElseThrow();
        StringBuilder kept = new StringBuilder(text.substring(start, end));
        for (int i = drops.size() - 1; i >= 0; i--) {
            Replacement drop = drops.get(i);
            kept.replace(drop.offset() - start, drop.end() - start, drop.value());
        }
        String names = say.list(surplus.stream().map(tag -> "#" + tag.value()).toList());
        Entity first = surplus.get(0);
        Entity last = surplus.get(surplus.size() - 1);
        List<Suggestion> fixes = new ArrayList<>();
        if (contiguous(text, drops)) {
            String fix = surplus.size() == 1 && drops.get(0).length() == 1 ? "unmark-tag" : "drop-tag";
            fixes.add(say.fix(fix, new Replacement(start, end - start, kept.toString()), true, "tag", names,
                    "word", first.value(), "extra", surplus.size()));
        } else {
            // Tags spread through the text: one fix each, so the other fixes between them still apply.
            for (int i = 0; i < surplus.size(); i++) {
                Entity tag = surplus.get(i);
                fixes.add(say.fix(drops.get(i).length() == 1 ? "unmark-tag" : "drop-tag", drops.get(i), true,
                        "tag", "#" + tag.value(), "word", tag.value(), "extra", 1));
            }
        }
        return say.finding(code, severity, first.offset(), last.end() - first.offset(), fixes,
                "count", count, "max", max, "tag", names, "extra", surplus.size());
    }

    /** Whether only white space stands between one drop and the next, so that one edit can make them all. */
    private static boolean contiguous(String text, List<Replacement> drops) {
        for (int i = 1; i < drops.size(); i++) {
            if (!text.substring(drops.get(i - 1).end(), Math.max(drops.get(i - 1).end(), drops.get(i).offset()))
                    .isBlank()) {
                return false;
            }
        }
        return true;
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
}
