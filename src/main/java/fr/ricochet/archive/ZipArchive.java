package fr.ricochet.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * One zip read as a stream, entry after entry, each handed to the export that names it (X, Mastodon, LinkedIn);
 * what it is, is decided by what it held. Every entry, wanted or not, is inflated through {@link ZipEntryInput}, so
 * the limits hold for all. Nothing is written: entry names are never resolved against a file system, a hostile name
 * refuses the archive all the same, and a zip inside the zip is not opened. Used for one archive only.
 */
final class ZipArchive {

    private final String archiveName;
    private final ArchiveLimits limits;
    private final XArchive x;
    private final MastodonArchive mastodon;
    private AccountHistory linkedIn;

    ZipArchive(String archiveName, ArchiveLimits limits) {
        this.archiveName = archiveName;
        this.limits = limits;
        this.x = new XArchive(new PostCollector(archiveName, limits.maxPosts()));
        this.mastodon = new MastodonArchive(new PostCollector(archiveName, limits.maxPosts()));
    }

    /**
     * @param startsWithEntry whether the file opens on an entry's header ({@code PK\3\4}) rather than on an empty
     *     zip's end record: then an archive that yields no entry was cut short, for ZipInputStream reads a header
     *     too short to parse as the end of the entries
     */
    AccountHistory read(RawInput raw, boolean startsWithEntry) throws IOException, ArchiveException {
        ZipBudget budget = new ZipBudget(archiveName, limits);
        boolean anyEntry = false;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                anyEntry = true;
                budget.entry();
                String name = entry.getName();
                if (!isSafe(name)) {
                    throw Problems.unsafeEntryName(archiveName, name);
                }
                ZipEntryInput in = new ZipEntryInput(zip, raw, budget, name);
                if (!entry.isDirectory()) {
                    readEntry(name, in);
                }
                in.drain();
            }
        } catch (ZipException | EOFException damaged) {
            throw Problems.damagedZip(archiveName);
        }
        if (startsWithEntry && !anyEntry) {
            throw Problems.damagedZip(archiveName);
        }
        return history();
    }

    private void readEntry(String name, InputStream in) throws IOException, ArchiveException {
        if (XArchive.accepts(name)) {
            x.read(name, in);
        } else if (MastodonArchive.accepts(name)) {
            mastodon.read(name, in);
        } else if (MastodonArchive.fileName(name).equals(LinkedInShares.FILE)) {
            linkedIn = new CsvExport(name, new PostCollector(archiveName, limits.maxPosts())).read(in);
        }
    }

    private AccountHistory history() throws ArchiveException {
        if (x.hasTweets()) {
            return x.history();
        }
        if (mastodon.hasOutbox()) {
            return mastodon.history();
        }
        if (linkedIn != null) {
            return linkedIn;
        }
        if (x.seen()) {
            throw Problems.xWithoutTweets(archiveName);
        }
        throw mastodon.seen() ? Problems.mastodonWithoutOutbox(archiveName) : Problems.zipWithoutPosts(archiveName);
    }

    /** No absolute path, no drive, no backslash, no {@code ..} segment: what a zip-slip attack needs. */
    static boolean isSafe(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.matches("^[A-Za-z]:.*")
                && Arrays.stream(name.split("/")).noneMatch(".."::equals);
    }
}
