package fr.ricochet.server.audit;

import fr.ricochet.audit.Effect;
import java.util.ArrayList;
import java.util.List;

/**
 * The forest plot's horizontal axis: ratios on a base-2 logarithmic scale from a power of two below every figure
 * to one above, never narrower than ÷2 to ×2 and never wider than ÷16 to ×16 (a figure beyond is drawn at the
 * edge; a ratio of 0, which an empty group gives, would otherwise be infinitely far).
 */
record LogAxis(int lowPower, int highPower, int left, int width) {

    private static final int WIDEST = 4;

    static LogAxis covering(List<Effect> effects, int left, int width) {
        double low = 0.5;
        double high = 2;
        for (Effect effect : effects) {
            low = Math.min(low, Math.min(effect.low(), effect.ratio()));
            high = Math.max(high, Math.max(effect.high(), effect.ratio()));
            if (effect.study() != null && effect.study().ratio() != null) {
                low = Math.min(low, effect.study().ratio());
                high = Math.max(high, effect.study().ratio());
            }
        }
        int lowPower = low > 0 ? Math.max(-WIDEST, (int) Math.floor(log2(low))) : -WIDEST;
        int highPower = Math.min(WIDEST, (int) Math.ceil(log2(high)));
        return new LogAxis(lowPower, highPower, left, width);
    }

    double x(double ratio) {
        double power = ratio > 0 ? log2(ratio) : lowPower;
        double clamped = Math.max(lowPower, Math.min(highPower, power));
        return left + width * (clamped - lowPower) / (highPower - lowPower);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int power = lowPower; power <= highPower; power++) {
            ticks.add(Math.pow(2, power));
        }
        return ticks;
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
