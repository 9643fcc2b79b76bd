package fr.ricochet.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Unsigned LEB128 varints, as multiformats and CAR files write lengths and codes. */
final class Varint {

    /** Nine bytes hold 63 bits: a longer varint is no length any file could have. */
    private static final int MAX_BYTES = 9;

    private Varint() {
    }

    /** The varint at {@code at[0]} in {@code bytes}, moving {@code at[0]} past it. */
    static long read(byte[] bytes, int[] at) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            if (at[0] >= bytes.length) {
                throw new IllegalArgumentException("varint cut short");
            }
            int b = bytes[at[0]++] & 0xff;
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    /** The varint {@code first} opens, read on from {@code in}. */
    static long read(int first, InputStream in) throws IOException {
        long value = first & 0x7f;
        int b = first;
        for (int i = 1; (b & 0x80) != 0; i++) {
            if (i >= MAX_BYTES) {
                throw new IllegalArgumentException("varint too long");
            }
            b = in.read();
            if (b < 0) {
                throw new EOFException("varint cut short");
            }
            value |= (long) (b & 0x7f) << (7 * i);
        }
        return value;
    }
}
