package fr.ricochet.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the posts that have a near-duplicate: Jaccard similarity of their word 3-shingles at or above a threshold.
 * Each post's shingle set gets a MinHash signature; the signature is cut into bands, and posts sharing a band
 * become candidates (locality-sensitive hashing), then candidates are compared on their exact shingle sets. No
 * well-kept Java MinHash library is served here, so this is a small one of our own.
 *
 * <p>No pair loop: within a band's bucket a post is compared only with the bucket's first few representatives,
 * and a post already known to have a twin is not compared again. A template posted 40,000 times thus costs a few
 * comparisons per post, not 800 million.
 */
final class MinHash {

    static final int SHINGLE = 3;
    /** Representatives a bucket keeps; a post matching none of them is compared with no one else there. */
    private static final int REPRESENTATIVES = 8;

    private final int hashes;
    private final int bands;
    private final double similarity;
    private final long[] seeds;

    MinHash(int hashes, int bands, double similarity) {
        this.hashes = hashes;
        this.bands = bands;
        this.similarity = similarity;
        this.seeds = new long[hashes];
        long state = 0x5EED_1CE5_0F_2017L;
        for (int i = 0; i < hashes; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
    }

    /**
     * @param posts each post's words; a post with fewer than {@code minimumWords} has no shingles and no twin
     * @return for each post, whether another post is its near-duplicate
     */
    boolean[] nearDuplicates(List<List<String>> posts, int minimumWords) {
        int n = posts.size();
        long[][] shingles = new long[n][];
        long[][] signatures = new long[n][];
        for (int i = 0; i < n; i++) {
            List<String> words = posts.get(i);
            shingles[i] = words.size() < Math.max(minimumWords, SHINGLE) ? null : shingles(words);
            signatures[i] = shingles[i] == null ? null : signature(shingles[i]);
        }
        boolean[] twin = new boolean[n];
        int rows = hashes / bands;
        for (int band = 0; band < bands; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (signatures[i] == null) {
                    continue;
                }
                List<Integer> representatives = buckets.computeIfAbsent(bandKey(signatures[i], band, rows),
                        k -> new ArrayList<>(2));
                boolean matched = false;
                for (int j = 0; j < representatives.size() && !(matched && twin[i]); j++) {
                    int other = representatives.get(j);
                    if ((!twin[i] || !twin[other]) && jaccard(shingles[i], shingles[other]) >= similarity) {
                        twin[i] = true;
                        twin[other] = true;
                        matched = true;
                    }
                }
                if (!matched && representatives.size() < REPRESENTATIVES) {
                    representatives.add(i);
                }
            }
        }
        return twin;
    }

    /** The distinct shingles' hashes, sorted, for the exact Jaccard of two candidates. */
    static long[] shingles(List<String> words) {
        long[] hashed = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < hashed.length; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h * 31 + fnv(words.get(i + k)));
            }
            hashed[i] = h;
        }
        return Arrays.stream(hashed).sorted().distinct().toArray();
    }

    long[] signature(long[] shingleSet) {
        long[] signature = new long[hashes];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingleSet) {
            for (int h = 0; h < hashes; h++) {
                long value = mix(shingle ^ seeds[h]);
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }

    private static long bandKey(long[] signature, int band, int rows) {
        long key = band;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            key = mix(key * 31 + signature[r]);
        }
        return key;
    }

    /** Jaccard similarity of two sorted sets of distinct hashes. */
    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    private static long fnv(String word) {
        long h = 0xcbf29ce484222325L;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads every bit of the input over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
