package fr.ricochet.archive;

import java.time.Instant;
import java.util.List;

/**
 * One post as the archive holds it. The entities are those the archive names (X's {@code entities}, Mastodon's
 * {@code tag}, Bluesky's facets), or read from the text by twitter-text when the format names none.
 *
 * @param id the network's id of the post, or the line or row number in a neutral file
 * @param text plain text (Mastodon's HTML already turned into text, X's HTML entities decoded)
 * @param hashtags without the {@code #}
 * @param mentions handles without the {@code @}
 * @param urls the links as written or expanded by the archive
 * @param source the app that posted it as the archive names it (X's {@code source}, e.g. "IFTTT"), or null
 * @param inReplyTo the account answered (a handle or an id), or null when it answers nobody
 */
public record ArchivedPost(
        String id,
        Instant createdAt,
        String text,
        PostType type,
        List<ArchivedMedia> media,
        List<String> hashtags,
        List<String> mentions,
        List<String> urls,
        String source,
        String inReplyTo,
        Engagement engagement) {

    public ArchivedPost {
        media = List.copyOf(media);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        urls = List.copyOf(urls);
        engagement = engagement == null ? Engagement.NONE : engagement;
    }
}
