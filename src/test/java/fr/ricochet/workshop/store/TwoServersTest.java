package fr.ricochet.workshop.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.workshop.Participant;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopException;
import fr.ricochet.workshop.WorkshopException.Reason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Ricochet servers on one PostgreSQL: two independent stores (two connection pools) on the same schema, racing
 * to join and submit to one workshop. The database alone keeps the rules: no pseudonym twice, never more
 * participants than allowed, every submission visible from both, none after closing.
 */
class TwoServersTest {

    private static final int MAX_PARTICIPANTS = 12;
    private static final int PSEUDONYMS = 20;
    private static final int SUBMISSIONS_EACH = 5;

    @TempDir
    Path directory;

    @Test
    void twoStoresOnOnePostgresqlServeOneWorkshopConsistently() throws Exception {
        DatabaseConfig config = TestDatabases.POSTGRESQL.fresh(directory);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (JdbcWorkshopStore a = JdbcWorkshopStore.open(config);
             JdbcWorkshopStore b = JdbcWorkshopStore.open(config)) {
            Workshop workshop = Samples.workshop("TWOSRV", MAX_PARTICIPANTS);
            a.insertWorkshop(workshop, new byte[32]);

            // Every pseudonym tries to join through both servers at once.
            List<Callable<Object>> joins = new ArrayList<>();
            for (int i = 0; i < PSEUDONYMS; i++) {
                String pseudonym = "p" + i;
                joins.add(() -> join(a, workshop, pseudonym));
                joins.add(() -> join(b, workshop, pseudonym));
            }
            List<Object> outcomes = all(threads, joins);

            List<Participant> joined = b.participants(workshop.id());
            assertThat(joined).hasSize(MAX_PARTICIPANTS);
            assertThat(joined).extracting(Participant::pseudonym).doesNotHaveDuplicates();
            assertThat(outcomes).filteredOn(Participant.class::isInstance).hasSize(MAX_PARTICIPANTS);
            assertThat(outcomes).filteredOn(o -> !(o instanceof Participant))
                    .allSatisfy(o -> assertThat(o).isIn(Reason.FULL, Reason.PSEUDONYM_TAKEN));
            assertThat(a.participants(workshop.id())).isEqualTo(joined);

            // Each participant submits through both servers, alternately, all at once.
            List<Callable<Object>> submissions = new ArrayList<>();
            for (Participant participant : joined) {
                for (int n = 0; n < SUBMISSIONS_EACH; n++) {
                    JdbcWorkshopStore server = n % 2 == 0 ? a : b;
                    Submission draft = Samples.submission(participant, participant.pseudonym() + " #" + n, 10 * n);
                    submissions.add(() -> server.insertSubmission(draft));
                }
            }
            all(threads, submissions);

            List<Submission> seenByA = a.submissionsOfWorkshop(workshop.id());
            assertThat(seenByA).hasSize(MAX_PARTICIPANTS * SUBMISSIONS_EACH);
            assertThat(b.submissionsOfWorkshop(workshop.id())).isEqualTo(seenByA);
            for (Participant participant : joined) {
                assertThat(b.submissionsOf(participant.id())).hasSize(SUBMISSIONS_EACH)
                        .allSatisfy(s -> assertThat(s.text()).startsWith(participant.pseudonym() + " #"));
            }

            // Closed through one server, closed for the other one too.
            a.closeWorkshop(workshop.id(), Samples.NOW.plusSeconds(3600));
            Object late = submitOrReason(b, Samples.submission(joined.get(0), "trop tard", 99));
            assertThat(late).isEqualTo(Reason.CLOSED);
            assertThat(b.workshop(workshop.id()).orElseThrow().isClosed()).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    private static Object join(JdbcWorkshopStore store, Workshop workshop, String pseudonym) {
        try {
            return store.insertParticipant(Samples.participant(workshop, pseudonym), pseudonym, new byte[32]);
        } catch (WorkshopException e) {
            return e.reason();
        }
    }

    private static Object submitOrReason(JdbcWorkshopStore store, Submission submission) {
        try {
            return store.insertSubmission(submission);
        } catch (WorkshopException e) {
            return e.reason();
        }
    }

    /** Runs the tasks together (they wait for one another to start) and returns their results. */
    private static List<Object> all(ExecutorService threads, List<Callable<Object>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(threads.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
