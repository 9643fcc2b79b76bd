package fr.ricochet.archive;

/**
 * How much an archive may hold before it is refused: what a person's own export plausibly weighs, and what keeps a
 * hostile file (a zip bomb, a million tiny entries) from exhausting the machine.
 *
 * @param maxBytes the archive as uploaded (500 MB)
 * @param maxUncompressedBytes everything its entries expand to, read or skipped
 * @param maxEntries entries in a zip
 * @param maxRatio how many times its compressed size one entry may expand to (a zip bomb expands far more)
 * @param maxPosts posts kept (200,000)
 */
public record ArchiveLimits(long maxBytes, long maxUncompressedBytes, int maxEntries, int maxRatio, int maxPosts) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(
            500L * 1000 * 1000, 2L * 1000 * 1000 * 1000, 100_000, 200, 200_000);

    /** The same limits with another ceiling on the archive's own bytes (the server's configured upload limit). */
    public ArchiveLimits withMaxBytes(long bytes) {
        return new ArchiveLimits(bytes, maxUncompressedBytes, maxEntries, maxRatio, maxPosts);
    }
}
