package fr.ricochet.server.audit;

import java.io.InputStream;

/**
 * An archive as it arrives, read once as it streams in.
 *
 * @param fileName the name the person's file had, or one standing for the body's media type ({@code archive.zip})
 * @param follows Mastodon's follows CSV when one was sent beside the archive, else null
 */
public record ArchiveUpload(String fileName, InputStream archive, InputStream follows) {
}
