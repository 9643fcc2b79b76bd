package fr.ricochet.server.audit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The upload, cut off past the audit's byte limit: a body sent without a length (chunked) is counted as it
 * streams. Remembers that it cut, since the archive reader may report the failed read as a broken archive.
 */
final class LimitedInput extends FilterInputStream {

    /** Thrown to the reader when the limit is passed. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;
    private boolean exceeded;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            exceeded = true;
            throw new TooLarge(limit);
        }
    }
}
