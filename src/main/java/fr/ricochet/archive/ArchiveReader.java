package fr.ricochet.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an account's own export into an {@link AccountHistory}, telling its format by its content, never by its
 * name: a zip ({@code PK\3\4}: X, Mastodon or LinkedIn by the files it holds), a CAR v1 file (Bluesky), a JSONL file
 * (its first non-blank character opens a JSON object), else a CSV file (LinkedIn's Shares.csv or the neutral
 * columns, told by its header). Streamed,
 * in memory, within its {@link ArchiveLimits}; immutable, so one reader serves every thread.
 */
public final class ArchiveReader {

    private static final int SNIFF = 64;

    private final ArchiveLimits limits;

    public ArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code archive} (not closed here); {@code fileName} is only what messages call it. */
    public AccountHistory read(InputStream archive, String fileName) throws ArchiveException, IOException {
        String name = fileName == null || fileName.isBlank() ? "archive" : fileName;
        try {
            RawInput raw = new RawInput(archive, name, limits.maxBytes());
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(SNIFF);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            PostCollector posts = new PostCollector(name, limits.maxPosts());
            Sniffer.Kind kind = Sniffer.sniff(head);
            // Content decides, but a download cut short or an error page saved under the archive's name is no CSV:
            // a file named as a zip that is none is told so, not read as a table.
            if (kind != Sniffer.Kind.ZIP && kind != Sniffer.Kind.EMPTY && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw Problems.notAZip(name);
            }
            return switch (kind) {
                // counted again past the buffer, so that an entry's compressed size is what the zip reader took
                case ZIP -> new ZipArchive(name, limits).read(new RawInput(in, name, limits.maxBytes()), head[2] == 3);
                case CAR -> new CarArchive(name, posts).read(in);
                case JSONL -> new JsonlExport(name, posts).read(in);
                case CSV -> new CsvExport(name, posts).read(in);
                case EMPTY -> throw Problems.empty(name);
                case UNKNOWN -> throw Problems.unknownFormat(name);
            };
        } catch (LimitExceeded limit) {
            throw limit.refusal();
        }
    }

    /**
     * The history with the accounts it follows taken from Mastodon's follows export ({@code following_accounts.csv},
     * "Account address,Show boosts,..."), downloaded apart from the archive; the followers stay unknown.
     */
    public AccountHistory withMastodonFollows(AccountHistory history, InputStream csv, String fileName)
            throws ArchiveException, IOException {
        String name = fileName == null || fileName.isBlank() ? MastodonFollows.FILE : fileName;
        try {
            List<String> following = MastodonFollows.read(new RawInput(csv, name, limits.maxBytes()), name);
            Follows known = history.follows();
            Follows follows = known == null ? new Follows(List.of(), following, false, true)
                    : new Follows(known.followers(), following, known.followersKnown(), true);
            return new AccountHistory(history.format(), history.network(), history.handle(), history.posts(), follows,
                    history.skipped());
        } catch (LimitExceeded limit) {
            throw limit.refusal();
        }
    }

    /**
     * The archive, then Mastodon's follows export when one came beside it ({@code follows} null when none): the one
     * sequence the command line and the server both need.
     */
    public AccountHistory read(InputStream archive, String fileName, InputStream follows, String followsName)
            throws ArchiveException, IOException {
        AccountHistory history = read(archive, fileName);
        return follows == null ? history : withMastodonFollows(history, follows, followsName);
    }

    public AccountHistory read(Path file) throws ArchiveException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }
}
