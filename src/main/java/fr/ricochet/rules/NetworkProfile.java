package fr.ricochet.rules;

import fr.ricochet.value.Audience;
import fr.ricochet.value.NetworkId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What Ricochet knows of one network, as written in {@code rules/networks/*.yaml}.
 * Optional numbers are null where the network sets no such limit.
 *
 * @param entities how the network reads hashtags, mentions and links ({@code twitter-text}, {@code mastodon},
 *     {@code bluesky}, or {@code neutral}: the report's facts); its length is counted from them
 * @param byteWarning a UTF-8 size past which the network has been reported to refuse posts though it documents no
 *     such limit: a warning naming the doubt, not a refusal
 * @param topLevelDomains corrections to twitter-text's list of top-level domains where the network's code uses
 *     another one (a bare domain is a link on Bluesky only under a name of its list)
 * @param threads whether a post can be continued in replies chained under it (a thread), so a draft over the
 *     limit can be offered as several numbered posts
 */
public record NetworkProfile(
        NetworkId id,
        String name,
        String counting,
        String entities,
        int limit,
        Integer byteLimit,
        Integer byteWarning,
        Integer fold,
        Range lengthSweetSpot,
        Range hashtagSweetSpot,
        Integer hashtagCap,
        Integer emojiMax,
        int maxMedia,
        int altTextLimit,
        Integer maxLinks,
        boolean linksClickable,
        boolean mediaRequired,
        boolean threads,
        TopLevelDomains topLevelDomains,
        Map<Audience, List<PostingWindow>> windows,
        Localized windowsNote,
        Path source) {

    /** The windows the file gives for this audience, else its general ones. */
    public List<PostingWindow> windowsFor(Audience audience) {
        List<PostingWindow> specific = windows.get(audience);
        return specific != null ? specific : windows.getOrDefault(Audience.GENERAL, List.of());
    }

    /** The same network with an account's own bounds and posting windows (read from its calibration profile). */
    public NetworkProfile calibrated(Range lengthSpot, Range hashtagSpot, Map<Audience, List<PostingWindow>> ownWindows) {
        return new NetworkProfile(id, name, counting, entities, limit, byteLimit, byteWarning, fold, lengthSpot,
                hashtagSpot, hashtagCap, emojiMax, maxMedia, altTextLimit, maxLinks, linksClickable, mediaRequired,
                threads, topLevelDomains, ownWindows, windowsNote, source);
    }
}
