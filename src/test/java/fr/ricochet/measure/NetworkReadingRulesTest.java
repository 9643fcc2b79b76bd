package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ricochet.rules.RulesException;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.testing.ProjectRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network file's reading fields are checked, each problem naming the file and the field. */
class NetworkReadingRulesTest {

    @TempDir
    Path directory;

    private void edit(String file, String from, String to) throws IOException {
        Path path = directory.resolve("networks").resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void anUnknownEntitiesMethodIsNamedWithTheKnownOnes() throws IOException {
        ProjectRules.copyTo(directory);
        edit("bluesky.yaml", "entities: bluesky ", "entities: blusky ");
        RulesException e = catchThrowableOfType(RulesException.class,
                () -> TextMeasurer.forRules(RulesLoader.load(directory)));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file().getFileName().toString()).isEqualTo("bluesky.yaml");
            assertThat(problem.field()).isEqualTo("entities");
            assertThat(problem.message()).contains("'blusky'").contains("bluesky, mastodon, neutral, twitter-text");
        });
    }

    @Test
    void aTopLevelDomainIsOneLowerCaseLabel() throws IOException {
        ProjectRules.copyTo(directory);
        edit("bluesky.yaml", "add: [amazon,", "add: [exemple.fr, Amazon,");
        RulesException e = catchThrowableOfType(RulesException.class, () -> RulesLoader.load(directory));
        assertThat(e.problems()).extracting(RulesException.Problem::field)
                .containsExactly("topLevelDomains.add[0]", "topLevelDomains.add[1]");
    }

    @Test
    void aNetworkWithoutEntitiesReadsTheNeutralWay() throws IOException {
        ProjectRules.copyTo(directory);
        edit("linkedin.yaml", "entities: neutral\n", "");
        assertThat(RulesLoader.load(directory).network(id("linkedin")).entities()).isEqualTo("neutral");
    }
}
