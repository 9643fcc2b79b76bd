package fr.ricochet.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Draws one test input from a random source. Generators compose (a choice among values or generators, lists,
 * strings over an alphabet, mapping, filtering), so a property's inputs read as a description of their variety;
 * {@link Trials} runs a property over many of them from one seed.
 */
@FunctionalInterface
public interface Gen<T> {

    /** Attempts a filter makes before giving up, so that a filter too strict fails instead of hanging a test. */
    int MAX_FILTER_ATTEMPTS = 10_000;

    T draw(RandomGenerator random);

    default <R> Gen<R> map(Function<? super T, ? extends R> transform) {
        return random -> transform.apply(draw(random));
    }

    /** Draws again until a value passes. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int attempt = 0; attempt < MAX_FILTER_ATTEMPTS; attempt++) {
                T value = draw(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("the filter rejected " + MAX_FILTER_ATTEMPTS + " values in a row");
        };
    }

    /** Lists of a size drawn evenly between the bounds, both included. */
    default Gen<List<T>> list(int minSize, int maxSize) {
        checkBounds(minSize, maxSize);
        return random -> {
            int size = random.nextInt(minSize, maxSize + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(draw(random));
            }
            return values;
        };
    }

    /** Strings made of zero to {@code maxPieces} drawn pieces, end to end. */
    static Gen<String> concatenations(Gen<String> piece, int maxPieces) {
        return piece.list(0, maxPieces).map(pieces -> String.join("", pieces));
    }

    /** One of the values, each as likely as the others. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no value to choose from");
        }
        List<T> choices = List.copyOf(values);
        return random -> choices.get(random.nextInt(choices.size()));
    }

    /** A value from one of the generators, each generator as likely as the others (list one twice to favour it). */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        if (generators.length == 0) {
            throw new IllegalArgumentException("no generator to choose from");
        }
        List<Gen<? extends T>> choices = List.of(generators);
        return random -> choices.get(random.nextInt(choices.size())).draw(random);
    }

    /** Strings of a length drawn evenly between the bounds, both included, each char drawn from {@code chars}. */
    static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        checkBounds(minLength, maxLength);
        return random -> {
            int length = random.nextInt(minLength, maxLength + 1);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(chars.draw(random).charValue());
            }
            return text.toString();
        };
    }

    /**
     * Any UTF-16 unit, U+0000 to U+FFFF: control characters, every script, private use and lone surrogate halves,
     * the text a careless client can send.
     */
    static Gen<Character> anyChar() {
        return random -> (char) random.nextInt(Character.MAX_VALUE + 1);
    }

    /**
     * One of the UTF-16 units of {@code alphabet}. Surrogate pairs are split on purpose: their halves are drawn
     * separately, so strings hold both whole emoji and lone halves.
     */
    static Gen<Character> charsOf(String alphabet) {
        List<Character> units = alphabet.chars().distinct().mapToObj(c -> (char) c).toList();
        return of(units);
    }

    private static void checkBounds(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max, got " + min + " and " + max);
        }
    }
}
