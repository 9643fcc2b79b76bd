package fr.ricochet.audit;

import fr.ricochet.archive.ArchivedPost;

/**
 * What calibration compares on one original post: the features the tips speak of, as the engine measured them.
 *
 * @param length characters as the post's network counts them
 * @param questionOrCall a question to the reader or a call to action
 */
public record PostFeatures(ArchivedPost post, boolean image, int hashtags, int length, boolean mention,
        boolean link, boolean questionOrCall) {
}
