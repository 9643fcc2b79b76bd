package fr.ricochet.testing;

import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.opentest4j.TestAbortedException;

/**
 * Runs a property over generated cases, all drawn from one seed, and stops at the first case that fails. The
 * failure names the seed, the case and its input (escaped as a Java literal, ready to paste into a test), so it
 * can be run again: {@code -Dricochet.seed=...} fixes the seed (under CI a fixed one is used; a fresh one is
 * drawn on every other run, so each run explores new cases) and {@code -Dricochet.tries=...} sets the number of cases of every property.
 *
 * <p>Each case draws from its own random source, derived from the seed and its index: case 2,817 of a seed is the
 * same input whatever the number of tries. A property may reject a case with JUnit's {@code Assumptions}; the
 * rejected cases are counted, and a property that rejects more than {@value #MAX_REJECTED_PER_CHECKED} cases per
 * checked one fails, for it no longer tests much. Nothing is shrunk: the input reported is the one drawn.
 */
public final class Trials<T> {

    public static final String SEED_PROPERTY = "ricochet.seed";
    /** The seed CI runs with when none is set: 1 December 2026. */
    static final long CI_SEED = 20261201L;
    public static final String TRIES_PROPERTY = "ricochet.tries";
    static final int MAX_REJECTED_PER_CHECKED = 5;

    private final int tries;
    private final long seed;
    private final Gen<T> inputs;

    private Trials(int tries, long seed, Gen<T> inputs) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1, got " + tries);
        }
        this.tries = tries;
        this.seed = seed;
        this.inputs = inputs;
    }

    /** {@code defaultTries} cases unless {@code -Dricochet.tries} sets another count; the seed as described above. */
    public static <T> Trials<T> of(int defaultTries, Gen<T> inputs) {
        return new Trials<>(triesProperty(TRIES_PROPERTY, defaultTries), seedProperty(), inputs);
    }

    /** Exactly these tries from exactly this seed, whatever the system properties say. */
    static <T> Trials<T> of(int tries, long seed, Gen<T> inputs) {
        return new Trials<>(tries, seed, inputs);
    }

    public long seed() {
        return seed;
    }

    public int tries() {
        return tries;
    }

    /** The input of case {@code index} (from 0). */
    public T input(int index) {
        return inputs.draw(new SplittableRandom(caseSeed(index)));
    }

    /** Runs the property on every case; throws an {@link AssertionError} describing the first that fails. */
    public void check(Consumer<? super T> property) {
        int rejected = 0;
        for (int index = 0; index < tries; index++) {
            T input = input(index);
            try {
                property.accept(input);
            } catch (TestAbortedException assumptionNotMet) {
                rejected++;
            } catch (Throwable failure) {
                throw new AssertionError(failureMessage(index, input, failure), failure);
            }
        }
        int checked = tries - rejected;
        if (checked == 0 || rejected > MAX_REJECTED_PER_CHECKED * checked) {
            throw new AssertionError("Only " + checked + " of " + tries + " cases were checked (seed " + seed
                    + "): the others did not meet the property's assumptions; the generator should draw fewer of them.");
        }
    }

    private String failureMessage(int index, T input, Throwable failure) {
        return "Property failed on case " + index + " (counting from 0) of " + tries + ", seed " + seed + ".\n"
                + "Input: " + describe(input) + "\n"
                + "Run it again with -D" + SEED_PROPERTY + "=" + seed + " -D" + TRIES_PROPERTY + "=" + (index + 1) + "\n"
                + "Failure: " + failure;
    }

    /** A string as a Java literal with its length, anything else as its {@code toString}. */
    public static String describe(Object input) {
        return input instanceof CharSequence text
                ? literal(text) + " (" + text.length() + " UTF-16 units)"
                : String.valueOf(input);
    }

    /** {@code text} as a Java string literal: printable ASCII as is, every other unit escaped as {@code \\uXXXX}. */
    public static String literal(CharSequence text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\t' -> literal.append("\\t");
                case '\r' -> literal.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        literal.append((char) c);
                    } else {
                        literal.append(String.format("\\u%04X", c));
                    }
                }
            }
        });
        return literal.append('"').toString();
    }

    /** SplitMix64's finalizer over the seed and the index: neighbouring cases get unrelated sources. */
    private long caseSeed(int index) {
        long z = seed + (index + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The seed set by the property; else, under CI ({@code CI=true}), a fixed one, so that a submission's result
     * never depends on the draw (a rare case found by a developer's run is then added as a regression test);
     * else a fresh one, so that each developer run explores new cases.
     */
    private static long seedProperty() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value != null && !value.isBlank()) {
            return parse(SEED_PROPERTY, value);
        }
        return "true".equals(System.getenv("CI")) ? CI_SEED : ThreadLocalRandom.current().nextLong();
    }

    private static int triesProperty(String name, int fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long tries = parse(name, value);
        if (tries < 1 || tries > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be a whole number from 1 to " + Integer.MAX_VALUE
                    + ", got \"" + value + "\"");
        }
        return (int) tries;
    }

    private static long parse(String name, String value) {
        try {
            return Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got \"" + value + "\"", e);
        }
    }
}
