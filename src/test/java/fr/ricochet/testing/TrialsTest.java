package fr.ricochet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The runner behind the property tests: a false property fails, and says how to run the failing case again. */
class TrialsTest {

    private static final Gen<String> WORDS = Gen.strings(Gen.charsOf("ab\u00E9\uD83D\uDE4F\n\""), 0, 12);

    @Test
    void aFalsePropertyFailsOnItsFirstCounterexampleAndNamesSeedCaseAndInput() {
        Trials<String> trials = Trials.of(500, 42L, WORDS);
        int first = IntStream.range(0, trials.tries()).filter(i -> trials.input(i).length() >= 6).findFirst()
                .orElseThrow();
        String counterexample = trials.input(first);

        assertThatThrownBy(() -> trials.check(text -> assertThat(text.length()).isLessThan(6)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("case " + first + " (counting from 0) of 500, seed 42.")
                .hasMessageContaining("Input: " + Trials.literal(counterexample))
                .hasMessageContaining("-Dricochet.seed=42 -Dricochet.tries=" + (first + 1))
                .cause().isInstanceOf(AssertionError.class);
    }

    @Test
    void anExceptionThrownByTheCodeUnderTestIsAFailureToo() {
        assertThatThrownBy(() -> Trials.of(10, 7L, WORDS).check(text -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("case 0 (counting from 0) of 10, seed 7.")
                .hasMessageContaining("IllegalStateException: boom");
    }

    @Test
    void aTruePropertyPassesOnEveryCase() {
        int[] runs = {0};
        Trials.of(300, 1L, WORDS).check(text -> {
            runs[0]++;
            assertThat(text).hasSizeLessThanOrEqualTo(12);
        });
        assertThat(runs[0]).isEqualTo(300);
    }

    @Test
    void theSameSeedDrawsTheSameCasesWhateverTheNumberOfTries() {
        List<String> few = inputs(Trials.of(20, 99L, WORDS));
        List<String> more = inputs(Trials.of(200, 99L, WORDS));
        assertThat(more.subList(0, 20)).isEqualTo(few);
        assertThat(inputs(Trials.of(20, 100L, WORDS))).isNotEqualTo(few);
    }

    @Test
    void casesSetAsideByAnAssumptionAreNotFailuresUnlessAlmostAllAre() {
        Trials.of(300, 3L, WORDS).check(text -> {
            Assumptions.assumeTrue(text.length() % 2 == 0);
            assertThat(text.length() % 2).isZero();
        });
        assertThatThrownBy(() -> Trials.of(300, 3L, WORDS).check(text -> Assumptions.assumeTrue(text.length() > 11)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("of 300 cases were checked (seed 3)");
    }

    @Test
    void inputsAreEscapedAsJavaLiterals() {
        assertThat(Trials.literal("a\"b\\c\n\té\uD83D")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u00E9\\uD83D\"");
        assertThat(Trials.describe("🙏")).isEqualTo("\"\\uD83D\\uDE4F\" (2 UTF-16 units)");
    }

    @Test
    void theSeedAndTheTriesComeFromTheSystemPropertiesWhenSet() {
        String seed = System.getProperty(Trials.SEED_PROPERTY);
        String tries = System.getProperty(Trials.TRIES_PROPERTY);
        try {
            System.setProperty(Trials.SEED_PROPERTY, "123");
            System.setProperty(Trials.TRIES_PROPERTY, "25");
            Trials<String> trials = Trials.of(3000, WORDS);
            assertThat(trials.seed()).isEqualTo(123L);
            assertThat(trials.tries()).isEqualTo(25);

            System.setProperty(Trials.TRIES_PROPERTY, "many");
            assertThatThrownBy(() -> Trials.of(3000, WORDS)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ricochet.tries must be a whole number");
            System.setProperty(Trials.TRIES_PROPERTY, "0");
            assertThatThrownBy(() -> Trials.of(3000, WORDS)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ricochet.tries must be a whole number from 1");

            System.clearProperty(Trials.SEED_PROPERTY);
            System.clearProperty(Trials.TRIES_PROPERTY);
            assertThat(Trials.of(3000, WORDS).tries()).isEqualTo(3000);
        } finally {
            restore(Trials.SEED_PROPERTY, seed);
            restore(Trials.TRIES_PROPERTY, tries);
        }
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    private static List<String> inputs(Trials<String> trials) {
        return IntStream.range(0, trials.tries()).mapToObj(trials::input).toList();
    }
}
