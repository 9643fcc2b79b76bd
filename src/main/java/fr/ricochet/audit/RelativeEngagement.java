package fr.ricochet.audit;

import java.util.Arrays;

/**
 * Each post's engagement relative to the posts around it in time: divided by the median of a centred window (the
 * first and last posts take the first or last full window). An audience that grows tenfold over the years then
 * does not make whatever the account did more of lately look like it works. One is added to both sides so that
 * a small account's posts with no like at all still compare.
 */
final class RelativeEngagement {

    private RelativeEngagement() {
    }

    /** @param engagement in time order, oldest first */
    static double[] of(long[] engagement, int window) {
        int n = engagement.length;
        double[] relative = new double[n];
        int size = Math.min(window, n);
        long[] around = new long[size];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, Math.min(i - window / 2, n - size));
            System.arraycopy(engagement, from, around, 0, size);
            Arrays.sort(around);
            double median = size % 2 == 1 ? around[size / 2] : (around[size / 2 - 1] + around[size / 2]) / 2.0;
            relative[i] = (engagement[i] + 1) / (median + 1);
        }
        return relative;
    }
}
