package fr.ricochet.archive;

import fr.ricochet.value.NetworkId;
import java.util.List;

/**
 * Everything an audit reads from one export.
 *
 * @param handle the account's handle as the archive names it, or null
 * @param posts in the order of their dates, oldest first
 * @param follows null when the archive holds no follower or following list
 * @param skipped what was left out and why, in both languages (a post without a date, an unknown file), for the
 *                report to say; never the posts' text
 */
public record AccountHistory(
        ArchiveFormat format,
        NetworkId network,
        String handle,
        List<ArchivedPost> posts,
        Follows follows,
        List<fr.ricochet.rules.Localized> skipped) {

    public AccountHistory {
        posts = List.copyOf(posts);
        skipped = List.copyOf(skipped);
    }

    /** Whether any post carries engagement figures, which calibration needs. */
    public boolean hasEngagement() {
        return posts.stream().anyMatch(p -> p.engagement().known());
    }
}
