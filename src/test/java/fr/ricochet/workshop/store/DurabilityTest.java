package fr.ricochet.workshop.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.workshop.Participant;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.Workshop;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission acknowledged to a participant survives a hard kill of the server: a real child process writes to
 * the embedded database, is killed with SIGKILL (no shutdown hook, no flush) after some acknowledgements, and every
 * acknowledged submission is found when the database is opened again.
 */
class DurabilityTest {

    private static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAcknowledgedSubmissionSurvivesAKill9AndARestart() throws Exception {
        Workshop workshop = Samples.workshop("DURABL", 10);
        Participant writer = Samples.participant(workshop, "writer");
        try (JdbcWorkshopStore store = JdbcWorkshopStore.open(DatabaseConfig.embedded(directory))) {
            store.insertWorkshop(workshop, new byte[32]);
            store.insertParticipant(writer, "writer", new byte[32]);
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DurabilityWriter.class.getName(),
                directory.toString(), workshop.id(), writer.id())
                .redirectError(directory.resolve("child.log").toFile())
                .start();
        Map<Long, String> acknowledged = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                String[] ack = line.split(" ");
                acknowledged.put(Long.parseLong(ack[1]), "brouillon " + ack[2]);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("acks before the kill; see child.log if none").hasSize(ACKS_BEFORE_KILL);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (JdbcWorkshopStore reopened = JdbcWorkshopStore.open(DatabaseConfig.embedded(directory))) {
            Map<Long, String> found = new HashMap<>();
            for (Submission submission : reopened.submissionsOf(writer.id())) {
                found.put(submission.id(), submission.text());
            }
            assertThat(found).containsAllEntriesOf(acknowledged);
        }
    }
}
