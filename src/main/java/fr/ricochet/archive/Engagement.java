package fr.ricochet.archive;

/**
 * The audience's response to one post as the archive records it; each figure is null when the format does not
 * hold it (Mastodon, Bluesky and LinkedIn exports hold none; X's holds likes and reposts).
 */
public record Engagement(Long likes, Long reposts, Long replies, Long impressions) {

    public static final Engagement NONE = new Engagement(null, null, null, null);

    /** Whether the archive gives any figure for this post. */
    public boolean known() {
        return likes != null || reposts != null || replies != null;
    }

    /** Likes, reposts and replies added up, the figures the archive has; 0 when it has none. */
    public long total() {
        return value(likes) + value(reposts) + value(replies);
    }

    private static long value(Long figure) {
        return figure == null ? 0 : figure;
    }
}
