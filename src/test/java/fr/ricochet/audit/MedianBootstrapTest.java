package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The order-statistic draw gives the medians that resampling itself would. */
class MedianBootstrapTest {

    private static final int DRAWS = 20_000;

    @Test
    void resampledMediansFollowTheSameDistributionAsActualResampling() {
        for (int size : new int[] {21, 40}) {
            SplittableRandom data = new SplittableRandom(size);
            double[] sorted = new double[size];
            Arrays.setAll(sorted, i -> Math.exp(data.nextGaussian()));
            Arrays.sort(sorted);
            double[] drawn = new double[DRAWS];
            double[] resampled = new double[DRAWS];
            SplittableRandom a = new SplittableRandom(1);
            SplittableRandom b = new SplittableRandom(2);
            for (int r = 0; r < DRAWS; r++) {
                drawn[r] = MedianBootstrap.resampledMedian(sorted, a);
                double[] resample = new double[size];
                Arrays.setAll(resample, i -> sorted[b.nextInt(size)]);
                Arrays.sort(resample);
                resampled[r] = MedianBootstrap.median(resample);
            }
            Arrays.sort(drawn);
            Arrays.sort(resampled);
            double spread = sorted[size - 1] - sorted[0];
            for (double quantile : new double[] {0.025, 0.25, 0.5, 0.75, 0.975}) {
                int at = (int) (quantile * (DRAWS - 1));
                assertThat(drawn[at]).as("size %d, quantile %s", size, quantile)
                        .isCloseTo(resampled[at], within(0.03 * spread));
            }
            assertThat(Arrays.stream(drawn).average().orElseThrow())
                    .isCloseTo(Arrays.stream(resampled).average().orElseThrow(), within(0.01 * spread));
        }
    }

    @Test
    void theIntervalOfTwoEqualSamplesHoldsOne() {
        SplittableRandom data = new SplittableRandom(3);
        double[] group = new double[200];
        double[] others = new double[400];
        Arrays.setAll(group, i -> Math.exp(data.nextGaussian()));
        Arrays.setAll(others, i -> Math.exp(data.nextGaussian()));
        Arrays.sort(group);
        Arrays.sort(others);
        double[] interval = MedianBootstrap.ratioInterval(group, others, 1000, 0.05, new SplittableRandom(4));
        assertThat(interval[0]).isLessThan(1);
        assertThat(interval[1]).isGreaterThan(1);
        double[] doubled = Arrays.stream(group).map(v -> 2 * v).toArray();
        double[] shifted = MedianBootstrap.ratioInterval(doubled, others, 1000, 0.05, new SplittableRandom(4));
        assertThat(shifted[0]).isGreaterThan(1);
    }
}
