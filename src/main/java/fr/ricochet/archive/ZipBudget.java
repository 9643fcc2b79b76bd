package fr.ricochet.archive;

/** What the entries of one zip may expand to, all together, and how many of them there may be. */
final class ZipBudget {

    private final String archiveName;
    private final ArchiveLimits limits;
    private long inflated;
    private int entries;

    ZipBudget(String archiveName, ArchiveLimits limits) {
        this.archiveName = archiveName;
        this.limits = limits;
    }

    String archiveName() {
        return archiveName;
    }

    int maxRatio() {
        return limits.maxRatio();
    }

    void inflated(long n) throws LimitExceeded {
        inflated += n;
        if (inflated > limits.maxUncompressedBytes()) {
            throw new LimitExceeded(Problems.archiveExpandsTooMuch(archiveName, limits.maxUncompressedBytes()));
        }
    }

    void entry() throws ArchiveException {
        entries++;
        if (entries > limits.maxEntries()) {
            throw Problems.tooManyEntries(archiveName, limits.maxEntries());
        }
    }
}
