package fr.ricochet.audit;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.PostType;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * What every signal reads: the account's posts in time order, its originals, the audience's zone, the report's
 * language and the thresholds; and the one way a signal is written up.
 */
record SignalContext(AccountHistory history, List<ArchivedPost> all, List<ArchivedPost> originals, ZoneId zone,
        String language, AuditRules rules) {

    static final int EXAMPLES = 5;
    static final int QUOTE = 280;

    static SignalContext of(AccountHistory history, ZoneId zone, String language, AuditRules rules) {
        // The contract says oldest first; a stable sort costs little and guards the gaps against a careless importer.
        List<ArchivedPost> all = history.posts().stream().sorted(Comparator.comparing(ArchivedPost::createdAt)).toList();
        List<ArchivedPost> originals = all.stream().filter(p -> p.type() == PostType.ORIGINAL).toList();
        return new SignalContext(history, all, originals, zone, language, rules);
    }

    String text(String key, Object... namedValues) {
        return AuditMessages.get(language, key, namedValues);
    }

    /** The signal's name in the report's language, for the messages that list signals. */
    static String name(String language, String id) {
        return AuditMessages.get(language, "signal." + id + ".name");
    }

    /** Whether {@code count} posts are too few for a signal. */
    boolean tooFew(int count) {
        return count < rules.minimumPosts();
    }

    Signal tooFewSignal(String id, double threshold, int count) {
        return new Signal(id, null, false, threshold, text("signal.tooFew", "name", name(language, id),
                "count", count, "minimum", rules.minimumPosts()), List.of());
    }

    static Signal signal(String id, Double value, boolean flagged, double threshold, String message,
            List<ArchivedPost> examples) {
        return signal(id, value, flagged, threshold, message, examples, null);
    }

    static Signal signal(String id, Double value, boolean flagged, double threshold, String message,
            List<ArchivedPost> examples, Signal.Weight weight) {
        return new Signal(id, value, flagged, threshold, message,
                examples.stream().limit(EXAMPLES).map(SignalContext::example).toList(), weight);
    }

    static PostExample example(ArchivedPost post) {
        String text = post.text() == null ? "" : post.text();
        if (text.codePointCount(0, text.length()) > QUOTE) {
            text = text.substring(0, text.offsetByCodePoints(0, QUOTE - 1)) + "…";
        }
        return new PostExample(post.id(), post.createdAt(), text);
    }
}
