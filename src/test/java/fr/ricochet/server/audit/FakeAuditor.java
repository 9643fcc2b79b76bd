package fr.ricochet.server.audit;

import fr.ricochet.archive.ArchiveException;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.rules.Localized;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Stands in for the archive reader and the auditor in the route's tests: it reads the whole upload as a reader
 * would (so that limits bite), answers a sample report for a zip holding {@code data/tweets.js} or a CSV whose
 * header names {@code text,createdAt}, refuses anything else as the reader would, and waits on {@link #release}
 * for an archive reading {@value #BLOCK}, to fill the audits' lane.
 */
final class FakeAuditor implements AccountAuditor {

    static final String BLOCK = "text,createdAt\nblock";

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile ZoneId zone;
    volatile String language;
    volatile String fileName;
    volatile String follows;

    @Override
    public AuditReport audit(ArchiveUpload upload, ZoneId zone, String language) throws ArchiveException, IOException {
        this.zone = zone;
        this.language = language;
        this.fileName = upload.fileName();
        this.follows = upload.follows() == null ? null
                : new String(upload.follows().readAllBytes(), StandardCharsets.UTF_8);
        byte[] archive = upload.archive().readAllBytes();
        if (archive.length > 2 && archive[0] == 'P' && archive[1] == 'K') {
            return zip(archive);
        }
        String text = new String(archive, StandardCharsets.UTF_8);
        if (text.equals(BLOCK)) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!text.startsWith("text,createdAt")) {
            throw new ArchiveException(upload.fileName(), new Localized(
                    upload.fileName() + "\u00a0: la première ligne doit nommer les colonnes text, createdAt, likes, reposts, replies, impressions, media",
                    upload.fileName() + ": the first line must name the columns text, createdAt, likes, reposts, replies, impressions, media"));
        }
        return SampleAudits.withoutCalibration();
    }

    private static AuditReport zip(byte[] archive) throws IOException, ArchiveException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("data/tweets.js")) {
                    return SampleAudits.robot();
                }
            }
        }
        throw new ArchiveException("data/tweets.js", new Localized(
                "data/tweets.js est introuvable dans le zip\u00a0: est-ce bien l'archive X\u202f?",
                "data/tweets.js is not in the zip: is it X's archive?"));
    }
}
