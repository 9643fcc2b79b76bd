package fr.ricochet.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ricochet.eval.Corpus;
import fr.ricochet.testing.Gen;
import fr.ricochet.testing.Trials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start table only skips positions where no match can begin: every phrase pattern of the project's rules
 * finds exactly what {@link Matcher#find()} finds, on the evaluation corpus and on generated text built from the
 * patterns' own words in every case, with accents, apostrophes and characters the table does not know.
 */
class PhrasePatternTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<PhrasePattern> PATTERNS = new ArrayList<>();
    private static final List<String> WORDS = new ArrayList<>();

    @BeforeAll
    static void readRules() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("rules/tips")), Stream.of(Path.of("rules/kinds.yaml")))) {
            for (Path file : files.toList()) {
                collect(YAML.readTree(file.toFile()), false);
            }
        }
        for (PhrasePattern pattern : PATTERNS) {
            for (String word : pattern.pattern().pattern().split("[^\\p{L}']+")) {
                if (word.length() > 1) {
                    WORDS.add(word);
                }
            }
        }
    }

    /** Phrase patterns: the {@code match} of tips' phrases, and the lists under a kind's patterns and hints. */
    private static void collect(JsonNode node, boolean phraseList) {
        if (node.isTextual() && phraseList) {
            PATTERNS.add(PhrasePattern.compile(node.asText()));
        }
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("match") && field.getValue().isTextual()) {
                PATTERNS.add(PhrasePattern.compile(field.getValue().asText()));
            } else {
                collect(field.getValue(), phraseList || field.getKey().equals("patterns") && field.getValue()
                        .path("fr").isArray() && field.getValue().path("fr").path(0).isTextual()
                        || field.getKey().equals("hints"));
            }
        });
        node.elements().forEachRemaining(element -> collect(element, phraseList));
    }

    private static List<PhrasePattern.Match> byFind(PhrasePattern pattern, String text) {
        List<PhrasePattern.Match> matches = new ArrayList<>();
        Matcher matcher = pattern.pattern().matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                matches.add(new PhrasePattern.Match(matcher.start(), matcher.end()));
            }
        }
        return matches;
    }

    @Test
    void readsThePhrasesOfTheRules() {
        assertThat(PATTERNS).hasSizeGreaterThan(40);
        assertThat(PATTERNS.stream().filter(p -> p.table() != null)).hasSizeGreaterThan(30);
    }

    @Test
    void findsWhatFindFindsOnTheCorpus() throws IOException {
        int found = 0;
        for (Path file : Corpus.draftFiles()) {
            for (JsonNode draft : YAML.readTree(file.toFile())) {
                String text = draft.path("text").asText();
                for (PhrasePattern pattern : PATTERNS) {
                    List<PhrasePattern.Match> expected = byFind(pattern, text);
                    assertThat(pattern.matches(text)).as("%s on %s", pattern.pattern(), draft.path("id"))
                            .isEqualTo(expected);
                    found += expected.size();
                }
            }
        }
        assertThat(found).as("matches compared").isGreaterThan(100);
    }

    @Test
    void findsWhatFindFindsOnGeneratedText() {
        Gen<String> word = Gen.of(WORDS);
        Gen<String> cased = Gen.oneOf(word, word.map(String::toUpperCase),
                word.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        Gen<String> between = Gen.of(" ", " ", " ", "  ", "'", "’", "-", ", ", ". ", "! ", " : ", "\n", "«\u00A0",
                "\u202F!", "(", ")", "\"", "#", "@", "3 ", "100 ", "€", "🎉", "İ", "ß", "\u0301", "ﬁ", "K");
        Gen<String> texts = Gen.concatenations(Gen.oneOf(cased, between, cased), 30);
        Trials.of(2_000, texts).check(text -> {
            for (PhrasePattern pattern : PATTERNS) {
                assertThat(pattern.matches(text)).as(pattern.pattern().pattern()).isEqualTo(byFind(pattern, text));
            }
        });
    }
}
