package fr.ricochet.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an account's own export into an {@link AccountHistory}, telling its format by its content, never by its
 * name: a zip ({@code PK\3\4}: X, Mastodon or LinkedIn by the files it holds), a CAR v1 file (Bluesky), a JSONL file
 * (first non-blank character {@code {}), else a CSV file (LinkedIn's Shares.csv or the neutral columns). Streamed,
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
            return switch (Sniffer.sniff(head)) {
                case ZIP -> new ZipArchive(name, limits).read(new RawInput(in, name, limits.maxBytes()));
                case EMPTY -> throw Problems.empty(name);
                default -> throw Problems.unknownFormat(name);
            };
        } catch (LimitExceeded limit) {
            throw limit.refusal();
        }
    }

    public AccountHistory read(Path file) throws ArchiveException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }
}
