package fr.ricochet.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The archive's bytes as uploaded, counted so that an archive over {@link ArchiveLimits#maxBytes()} stops early. */
final class RawInput extends FilterInputStream {

    private final String fileName;
    private final long maxBytes;
    private long count;

    RawInput(InputStream in, String fileName, long maxBytes) {
        super(in);
        this.fileName = fileName;
        this.maxBytes = maxBytes;
    }

    /** How many bytes were read so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws LimitExceeded {
        count += n;
        if (count > maxBytes) {
            throw new LimitExceeded(Problems.archiveTooLarge(fileName, maxBytes));
        }
    }
}
