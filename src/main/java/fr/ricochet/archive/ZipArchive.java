package fr.ricochet.archive;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A zip read as a stream, entry after entry, each handed to the export that names it (X, Mastodon, LinkedIn);
 * what it is, is decided by what it held. Every entry, wanted or not, is inflated through {@link ZipEntryInput}, so
 * the limits hold for all. Nothing is written: entry names are never resolved against a file system, a hostile name
 * refuses the archive all the same, and a zip inside the zip is not opened.
 */
final class ZipArchive {

    private final String archiveName;
    private final ArchiveLimits limits;

    ZipArchive(String archiveName, ArchiveLimits limits) {
        this.archiveName = archiveName;
        this.limits = limits;
    }

    AccountHistory read(RawInput raw) throws IOException, ArchiveException {
        ZipBudget budget = new ZipBudget(archiveName, limits);
        XArchive x = new XArchive(new PostCollector(archiveName, limits.maxPosts()));
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                budget.entry();
                String name = entry.getName();
                if (!isSafe(name)) {
                    throw Problems.unsafeEntryName(archiveName, name);
                }
                ZipEntryInput in = new ZipEntryInput(zip, raw, budget, name);
                if (!entry.isDirectory() && XArchive.accepts(name)) {
                    x.read(name, in);
                }
                in.drain();
            }
        } catch (ZipException | EOFException damaged) {
            throw Problems.damagedZip(archiveName);
        }
        if (x.hasTweets()) {
            return x.history();
        }
        throw x.seen() ? Problems.xWithoutTweets(archiveName) : Problems.zipWithoutPosts(archiveName);
    }

    /** No absolute path, no drive, no backslash, no {@code ..} segment: what a zip-slip attack needs. */
    static boolean isSafe(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.matches("^[A-Za-z]:.*")
                && Arrays.stream(name.split("/")).noneMatch(".."::equals);
    }
}
