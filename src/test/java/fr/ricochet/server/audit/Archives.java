package fr.ricochet.server.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small archives for the route's tests. */
final class Archives {

    static final byte[] NEUTRAL_CSV = ("text,createdAt,likes,reposts,replies,impressions,media\n"
            + "Bonjour à tous,2025-03-01T08:00:00Z,3,1,0,,\n").getBytes(StandardCharsets.UTF_8);

    private Archives() {
    }

    static byte[] zip(String entryName, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xArchive() {
        return zip("data/tweets.js", "window.YTD.tweets.part0 = []");
    }
}
