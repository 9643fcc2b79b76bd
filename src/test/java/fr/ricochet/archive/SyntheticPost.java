package fr.ricochet.archive;

import java.time.Instant;

/**
 * One post a synthetic archive holds, whatever the format it is written in.
 *
 * @param image whether one picture is attached
 * @param alt the picture's alternative text (written only where the format keeps one), or null
 * @param source the app that posted it ("IFTTT", "Twitter Web App"), written where the format keeps one, or null
 * @param inReplyTo the handle answered when {@code type} is a reply, else null
 */
public record SyntheticPost(Instant at, String text, PostType type, boolean image, String alt, long likes,
        long reposts, String source, String inReplyTo) {
}
