package fr.ricochet.workshop.store;

import fr.ricochet.workshop.Participant;
import fr.ricochet.workshop.Submission;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link DurabilityTest}: opens the embedded store and submits drafts until it is killed,
 * printing {@code ACK <id>} only once each submission is committed, the way a server answers a participant.
 */
public final class DurabilityWriter {

    private DurabilityWriter() {
    }

    /** Arguments: the database directory, the workshop id, the participant id. */
    public static void main(String[] args) {
        Participant participant = new Participant(args[2], args[1], "writer", Instant.now());
        JdbcWorkshopStore store = JdbcWorkshopStore.open(DatabaseConfig.embedded(Path.of(args[0])));
        for (int i = 0; ; i++) {
            Submission stored = store.insertSubmission(Samples.submission(participant, "brouillon " + i, i % 101));
            System.out.println("ACK " + stored.id() + " " + i);
            System.out.flush();
        }
    }
}
