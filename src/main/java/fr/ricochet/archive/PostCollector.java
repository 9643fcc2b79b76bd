package fr.ricochet.archive;

import fr.ricochet.rules.Localized;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posts read from one archive, kept within {@link ArchiveLimits#maxPosts()}, and those left out for want of a
 * readable date, counted per file so that the report can say how many without showing any of them.
 */
final class PostCollector {

    private final String archiveName;
    private final int maxPosts;
    private final List<ArchivedPost> posts = new ArrayList<>();
    private final Map<String, Integer> undatedByFile = new LinkedHashMap<>();

    PostCollector(String archiveName, int maxPosts) {
        this.archiveName = archiveName;
        this.maxPosts = maxPosts;
    }

    void add(ArchivedPost post) throws ArchiveException {
        if (posts.size() >= maxPosts) {
            throw Problems.tooManyPosts(archiveName, maxPosts);
        }
        posts.add(post);
    }

    /** A post of {@code file} whose date is missing or unreadable: it cannot be placed in time, so it is left out. */
    void skipUndated(String file) {
        undatedByFile.merge(file, 1, Integer::sum);
    }

    /** Oldest first; posts of the same instant keep the archive's order. */
    List<ArchivedPost> posts() {
        List<ArchivedPost> sorted = new ArrayList<>(posts);
        sorted.sort(Comparator.comparing(ArchivedPost::createdAt));
        return sorted;
    }

    List<Localized> skipped() {
        List<Localized> skipped = new ArrayList<>();
        undatedByFile.forEach((file, count) -> skipped.add(new Localized(
                count + (count == 1 ? " publication" : " publications") + " de " + file
                        + (count == 1 ? " n'avait" : " n'avaient") + " pas de date lisible et "
                        + (count == 1 ? "a été laissée" : "ont été laissées") + " de côté.",
                count + (count == 1 ? " post" : " posts") + " of " + file + " had no readable date and "
                        + (count == 1 ? "was" : "were") + " left out.")));
        return skipped;
    }
}
