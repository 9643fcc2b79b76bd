package fr.ricochet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * One entry of a zip being inflated, its bytes counted against its compressed size and against the whole
 * archive's budget: a zip bomb is stopped after a megabyte or so, long before it fills the memory or the disk
 * (nothing is written anyway). Closing it leaves the zip open for the next entry.
 */
final class ZipEntryInput extends InputStream {

    /** Below this, a high ratio is harmless (a small, repetitive JSON file may well compress 500 times). */
    private static final long RATIO_GRACE = 1 << 20;

    private final ZipInputStream zip;
    private final RawInput raw;
    private final ZipBudget budget;
    private final String entry;
    private final long rawAtStart;
    private long inflated;

    ZipEntryInput(ZipInputStream zip, RawInput raw, ZipBudget budget, String entry) {
        this.zip = zip;
        this.raw = raw;
        this.budget = budget;
        this.entry = entry;
        this.rawAtStart = raw.count();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = zip.read(buffer, offset, length);
        if (n > 0) {
            inflated += n;
            long compressed = Math.max(1, raw.count() - rawAtStart);
            if (inflated > RATIO_GRACE && inflated > compressed * budget.maxRatio()) {
                throw new LimitExceeded(Problems.expandsTooMuch(budget.archiveName(), entry, budget.maxRatio()));
            }
            budget.inflated(n);
        }
        return n;
    }

    /** Reads what is left of the entry, so that the part no reader wanted counts against the limits too. */
    void drain() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer, 0, buffer.length) >= 0) {
            // counted by read
        }
    }

    @Override
    public void close() {
        // the zip stays open: its next entry follows
    }
}
