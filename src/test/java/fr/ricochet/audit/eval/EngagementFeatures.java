package fr.ricochet.audit.eval;

import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.request.MediaType;
import java.util.List;

/** The features an archetype may plant an engagement effect on, as the generated post has them. */
final class EngagementFeatures {

    static final List<String> PLANTABLE = List.of("image", "link", "mention", "question", "hashtags");
    /** The features of {@code calibration.effects} in the audit's contract. */
    static final List<String> REPORTED = List.of("image", "hashtags", "length", "mention", "link", "question", "hour");

    private EngagementFeatures() {
    }

    static boolean has(ArchivedPost post, String feature) {
        switch (feature) {
            case "image":
                return post.media().stream().anyMatch(m -> m.type() == MediaType.IMAGE);
            case "link":
                return !post.urls().isEmpty();
            case "mention":
                return !post.mentions().isEmpty();
            case "question":
                return post.text().indexOf('?') >= 0;
            case "hashtags":
                return !post.hashtags().isEmpty();
            default:
                throw new IllegalStateException("no effect can be planted on " + feature + "; plantable: " + PLANTABLE);
        }
    }
}
