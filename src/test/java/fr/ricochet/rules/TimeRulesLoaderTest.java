package fr.ricochet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ricochet.value.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken {@code time/references.yaml} stops start-up with every problem named by file and field. */
class TimeRulesLoaderTest {

    private static final String FILE = "time/references.yaml";

    @TempDir
    Path directory;

    private void copyOfProjectRules() throws IOException {
        fr.ricochet.testing.ProjectRules.copyTo(directory);
    }

    private void edit(String from, String to) throws IOException {
        Path path = directory.resolve(FILE);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private RulesException failure() {
        return catchThrowableOfType(RulesException.class, () -> RulesLoader.load(directory));
    }

    @Test
    void theProjectTimeRulesCoverBothLanguages() {
        TimeRules time = RulesLoader.load(Path.of("rules")).time();
        assertThat(time.languages()).containsOnlyKeys(Language.FR, Language.EN);
        assertThat(time.settings().remindHours()).isPositive();
        assertThat(time.vocabulary(Language.FR).weekdays()).hasSize(7);
        assertThat(time.vocabulary(Language.EN).months()).hasSize(12);
    }

    @Test
    void aMisspelledKeyIsNamedWithItsPath() throws IOException {
        copyOfProjectRules();
        edit("    weekdays: [[lundi]", "    wekdays: [[lundi]");
        assertThat(failure().problems()).singleElement().satisfies(p -> {
            assertThat(p.file().toString()).endsWith("references.yaml");
            assertThat(p.field()).isEqualTo("languages.fr.wekdays");
            assertThat(p.message()).contains("unknown key").contains("weekdays");
        });
    }

    @Test
    void everyProblemIsNamedByField() throws IOException {
        copyOfProjectRules();
        edit("[[lundi], [mardi], ", "[[mardi], ");
        edit("soir: \"20:00\", soirée", "soir: \"25:00\", soirée");
        edit("'(?<hour>1[0-2]|0?[1-9])(?:[:.]", "'(?<heure>1[0-2]|0?[1-9])(?:[:.]");
        edit("'(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)'\n    # Regular", "'(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d'\n    # Regular");
        edit("  remindHours: 3 ", "  remindHours: 0 ");
        edit("linkWords: [\"on\", the]", "linkWords: [on, the]");
        RulesException e = failure();
        assertThat(e.problems()).extracting(RulesException.Problem::field).containsExactlyInAnyOrder(
                "settings.remindHours", "languages.fr.weekdays", "languages.fr.dayParts.soir",
                "languages.en.times[0]", "languages.fr.times[1]", "languages.en.linkWords[0]");
        assertThat(e.getMessage()).contains("has 6 entries").contains("'25:00' is not a time")
                .contains("unknown group [heure]").contains("not a valid regular expression").contains("quote the word");
    }

    @Test
    void aMissingLanguageOrFileIsNamed() throws IOException {
        copyOfProjectRules();
        Path path = directory.resolve(FILE);
        String text = Files.readString(path);
        Files.writeString(path, text.substring(0, text.indexOf("  en:\n")));
        assertThat(failure().problems()).singleElement().satisfies(p ->
                assertThat(p.field()).isEqualTo("languages.en"));
        Files.delete(path);
        assertThat(failure().problems()).singleElement().satisfies(p -> {
            assertThat(p.file().toString()).endsWith("references.yaml");
            assertThat(p.message()).contains("is missing");
        });
    }

    @Test
    void aPatternThatMatchesNothingOrBacktracksIntoAnotherIsRefused() throws IOException {
        copyOfProjectRules();
        edit("'(?<day>[12]\\d|3[01]|0?[1-9])(?:er)?'\n  en:", "'(?<day>\\d*)'\n  en:");
        edit("'(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)'", "'(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\k<day>'");
        assertThat(failure().problems()).extracting(p -> p.field() + ": " + p.message()).containsExactlyInAnyOrder(
                "languages.fr.dates[2]: matches an empty text: it would find a time everywhere",
                "languages.en.dates[2]: may not use back-references: the patterns are joined into one expression");
    }
}
