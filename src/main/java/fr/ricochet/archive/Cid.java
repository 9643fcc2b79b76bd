package fr.ricochet.archive;

import java.util.Arrays;

/**
 * The content identifier that opens each block of a CAR file. CIDv1: version, codec (0x71 for DAG-CBOR) and a
 * multihash (code, length, digest), each an unsigned varint; CIDv0: a bare sha-256 multihash.
 *
 * @param codec the codec of the block's data
 * @param length how many bytes of the block the CID takes
 * @param text the CID as Bluesky shows it: multibase base32, lower case, "b" first
 */
record Cid(long codec, int length, String text) {

    static final long DAG_CBOR = 0x71;
    private static final long DAG_PB = 0x70;
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    /** Reads the CID at the start of {@code block}; throws when it does not hold one. */
    static Cid read(byte[] block) {
        if (block.length >= 34 && block[0] == 0x12 && block[1] == 0x20) {
            return new Cid(DAG_PB, 34, base32(Arrays.copyOf(block, 34)));
        }
        int[] at = {0};
        long version = Varint.read(block, at);
        if (version != 1) {
            throw new IllegalArgumentException("CID version " + version);
        }
        long codec = Varint.read(block, at);
        Varint.read(block, at);
        long digestLength = Varint.read(block, at);
        if (digestLength > block.length - at[0]) {
            throw new IllegalArgumentException("digest past the block");
        }
        int length = at[0] + (int) digestLength;
        return new Cid(codec, length, base32(Arrays.copyOf(block, length)));
    }

    private static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder("b");
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }
}
