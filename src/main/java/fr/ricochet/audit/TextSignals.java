package fr.ricochet.audit;

import fr.ricochet.archive.ArchivedPost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The signals read in what the account writes: one opening, near-twin posts, bare links, stuffed hashtags. */
final class TextSignals {

    private final SignalContext context;
    private final List<ArchivedPost> originals;

    TextSignals(SignalContext context) {
        this.context = context;
        this.originals = context.originals();
    }

    Signal monotony() {
        AuditRules.Monotony rules = context.rules().monotony();
        if (context.tooFew(originals.size())) {
            return context.tooFewSignal(RobotSignals.MONOTONY, rules.threshold(), originals.size());
        }
        int words = rules.openingWords();
        Map<List<String>, List<ArchivedPost>> byOpening = new HashMap<>();
        for (ArchivedPost post : originals) {
            List<String> normalised = Words.normalised(post.text());
            if (normalised.size() >= words) {
                byOpening.computeIfAbsent(normalised.subList(0, words), k -> new ArrayList<>()).add(post);
            }
        }
        List<ArchivedPost> top = byOpening.values().stream().max((a, b) -> a.size() != b.size()
                ? Integer.compare(a.size(), b.size()) : b.get(0).createdAt().compareTo(a.get(0).createdAt()))
                .orElse(List.of());
        double share = (double) top.size() / originals.size();
        boolean flagged = share >= rules.threshold();
        String opening = top.isEmpty() ? "" : String.join(" ", Words.asWritten(top.get(0).text()).subList(0, words));
        String message = top.isEmpty()
                ? context.text("signal.monotony.none", "words", words)
                : context.text(flagged ? "signal.monotony.flagged" : "signal.monotony.clear", "share", share,
                        "words", words, "opening", opening);
        return SignalContext.signal(RobotSignals.MONOTONY, share, flagged, rules.threshold(), message,
                flagged ? top : List.of());
    }

    Signal nearDuplicates() {
        AuditRules.NearDuplicates rules = context.rules().nearDuplicates();
        if (context.tooFew(originals.size())) {
            return context.tooFewSignal(RobotSignals.NEAR_DUPLICATES, rules.threshold(), originals.size());
        }
        MinHash minHash = new MinHash(rules.hashes(), rules.bands(), rules.similarity());
        boolean[] twins = minHash.nearDuplicates(originals.stream().map(p -> Words.template(p.text())).toList(),
                rules.minimumWords());
        List<ArchivedPost> withTwin = new ArrayList<>();
        for (int i = 0; i < twins.length; i++) {
            if (twins[i]) {
                withTwin.add(originals.get(i));
            }
        }
        double share = (double) withTwin.size() / originals.size();
        boolean flagged = share >= rules.threshold();
        String message = context.text(flagged ? "signal.near-duplicates.flagged" : "signal.near-duplicates.clear",
                "share", share, "similarity", rules.similarity(), "count", withTwin.size());
        return SignalContext.signal(RobotSignals.NEAR_DUPLICATES, share, flagged, rules.threshold(), message, withTwin);
    }

    Signal linkOnly() {
        AuditRules.LinkOnly rules = context.rules().linkOnly();
        if (context.tooFew(originals.size())) {
            return context.tooFewSignal(RobotSignals.LINK_ONLY, rules.threshold(), originals.size());
        }
        List<ArchivedPost> bare = originals.stream()
                .filter(p -> (!p.urls().isEmpty() || Words.hasLink(p.text())) && Words.ownWords(p.text()) <= rules.maxWords())
                .toList();
        return share(RobotSignals.LINK_ONLY, bare, rules.threshold(), "maxWords", rules.maxWords());
    }

    Signal hashtagStuffing() {
        AuditRules.HashtagStuffing rules = context.rules().hashtagStuffing();
        if (context.tooFew(originals.size())) {
            return context.tooFewSignal(RobotSignals.HASHTAG_STUFFING, rules.threshold(), originals.size());
        }
        List<ArchivedPost> stuffed = originals.stream().filter(p -> p.hashtags().size() > rules.maxTags()).toList();
        return share(RobotSignals.HASHTAG_STUFFING, stuffed, rules.threshold(), "maxTags", rules.maxTags());
    }

    private Signal share(String id, List<ArchivedPost> shown, double threshold, String name, int parameter) {
        double share = (double) shown.size() / originals.size();
        boolean flagged = share >= threshold;
        String message = context.text("signal." + id + (flagged ? ".flagged" : ".clear"), "share", share,
                "count", shown.size(), name, parameter);
        return SignalContext.signal(id, share, flagged, threshold, message, shown);
    }
}
