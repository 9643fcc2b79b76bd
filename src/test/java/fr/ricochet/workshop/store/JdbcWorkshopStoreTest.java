package fr.ricochet.workshop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.workshop.Participant;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopException;
import fr.ricochet.workshop.WorkshopException.Reason;
import fr.ricochet.workshop.WorkshopSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's contract, on the embedded database and on PostgreSQL alike. */
class JdbcWorkshopStoreTest {

    @TempDir
    Path directory;

    private JdbcWorkshopStore store;

    private JdbcWorkshopStore open(TestDatabases database) {
        store = JdbcWorkshopStore.open(database.fresh(directory));
        return store;
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static String code() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aWorkshopReadsBackAsStoredByIdAndByJoinCode(TestDatabases database) {
        open(database);
        Workshop workshop = Samples.workshop(code(), 30);
        byte[] hash = new byte[32];
        hash[0] = 7;

        assertThat(store.insertWorkshop(workshop, hash)).isTrue();

        assertThat(store.workshop(workshop.id())).contains(workshop);
        assertThat(store.workshopByJoinCode(workshop.joinCode())).contains(workshop);
        assertThat(store.trainerTokenHash(workshop.id())).hasValueSatisfying(h -> assertThat(h).isEqualTo(hash));
        assertThat(store.workshop("nope")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aPlannedTimeAndNoStartingPostReadBack(TestDatabases database) {
        open(database);
        Workshop sample = Samples.workshop(code(), 30);
        WorkshopSettings settings = new WorkshopSettings("T", "", List.of("linkedin"), "b2b", null,
                Samples.NOW.plus(Duration.ofDays(2)), "America/Montreal");
        Workshop workshop = new Workshop(sample.id(), sample.joinCode(), settings, 5, sample.createdAt(),
                sample.expiresAt(), null);

        store.insertWorkshop(workshop, new byte[32]);

        assertThat(store.workshop(workshop.id())).contains(workshop);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aJoinCodeAlreadyInUseIsRefusedSoTheCallerDrawsAnother(TestDatabases database) {
        open(database);
        String code = code();
        store.insertWorkshop(Samples.workshop(code, 30), new byte[32]);

        assertThat(store.insertWorkshop(Samples.workshop(code, 30), new byte[32])).isFalse();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void participantsJoinInOrderAndKeepTheirTokenHash(TestDatabases database) {
        open(database);
        Workshop workshop = Samples.workshop(code(), 30);
        store.insertWorkshop(workshop, new byte[32]);
        Participant lea = Samples.participant(workshop, "Léa");
        Participant tom = Samples.participant(workshop, "Tom");
        byte[] hash = new byte[32];
        hash[31] = 1;

        store.insertParticipant(lea, "léa", hash);
        store.insertParticipant(tom, "tom", new byte[32]);

        assertThat(store.participants(workshop.id())).extracting(Participant::pseudonym)
                .containsExactlyInAnyOrder("Léa", "Tom");
        assertThat(store.participant(lea.id())).contains(lea);
        assertThat(store.participantTokenHash(lea.id())).hasValueSatisfying(h -> assertThat(h).isEqualTo(hash));
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aPseudonymKeyCanBeUsedOncePerWorkshop(TestDatabases database) {
        open(database);
        Workshop first = Samples.workshop(code(), 30);
        Workshop second = Samples.workshop(code(), 30);
        store.insertWorkshop(first, new byte[32]);
        store.insertWorkshop(second, new byte[32]);
        store.insertParticipant(Samples.participant(first, "Léa"), "léa", new byte[32]);

        assertThatThrownBy(() -> store.insertParticipant(Samples.participant(first, "LÉA"), "léa", new byte[32]))
                .isInstanceOfSatisfying(WorkshopException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PSEUDONYM_TAKEN));
        store.insertParticipant(Samples.participant(second, "Léa"), "léa", new byte[32]);
        assertThat(store.participants(first.id())).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aFullWorkshopRefusesOneMoreParticipant(TestDatabases database) {
        open(database);
        Workshop workshop = Samples.workshop(code(), 2);
        store.insertWorkshop(workshop, new byte[32]);
        store.insertParticipant(Samples.participant(workshop, "a"), "a", new byte[32]);
        store.insertParticipant(Samples.participant(workshop, "b"), "b", new byte[32]);

        assertThatThrownBy(() -> store.insertParticipant(Samples.participant(workshop, "c"), "c", new byte[32]))
                .isInstanceOfSatisfying(WorkshopException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FULL));
        assertThat(store.participants(workshop.id())).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aSubmissionReadsBackWithItsMediaTipsAndFindings(TestDatabases database) {
        open(database);
        Workshop workshop = Samples.workshop(code(), 30);
        store.insertWorkshop(workshop, new byte[32]);
        Participant lea = Samples.participant(workshop, "Léa");
        store.insertParticipant(lea, "léa", new byte[32]);
        Submission draft = Samples.submission(lea, "Concert jeudi 🎻 #Musique #Jazz\nVenez !", 62);

        Submission stored = store.insertSubmission(draft);

        assertThat(stored.id()).isPositive();
        assertThat(store.submission(stored.id())).contains(stored);
        assertThat(stored).isEqualTo(draft.withId(stored.id()));
        assertThat(store.submissionsOf(lea.id())).containsExactly(stored);
        assertThat(store.submissionsOfWorkshop(workshop.id())).containsExactly(stored);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void eachParticipantReadsOnlyTheirOwnSubmissionsOldestFirst(TestDatabases database) {
        open(database);
        Workshop workshop = Samples.workshop(code(), 30);
        store.insertWorkshop(workshop, new byte[32]);
        Participant lea = Samples.participant(workshop, "Léa");
        Participant tom = Samples.participant(workshop, "Tom");
        store.insertParticipant(lea, "léa", new byte[32]);
        store.insertParticipant(tom, "tom", new byte[32]);

        Submission first = store.insertSubmission(Samples.submission(lea, "un", 40));
        Submission other = store.insertSubmission(Samples.submission(tom, "autre", 50));
        Submission second = store.insertSubmission(Samples.submission(lea, "deux", 70));

        assertThat(store.submissionsOf(lea.id())).containsExactly(first, second);
        assertThat(store.submissionsOf(tom.id())).containsExactly(other);
        assertThat(store.submissionsOfWorkshop(workshop.id())).containsExactly(first, other, second);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aClosedWorkshopRefusesJoinsAndSubmissionsButKeepsItsResults(TestDatabases database) {
        open(database);
        Workshop workshop = Samples.workshop(code(), 30);
        store.insertWorkshop(workshop, new byte[32]);
        Participant lea = Samples.participant(workshop, "Léa");
        store.insertParticipant(lea, "léa", new byte[32]);
        Submission kept = store.insertSubmission(Samples.submission(lea, "avant", 40));

        assertThat(store.closeWorkshop(workshop.id(), Samples.NOW.plusSeconds(60))).isTrue();
        assertThat(store.closeWorkshop(workshop.id(), Samples.NOW.plusSeconds(120))).isTrue();

        assertThat(store.workshop(workshop.id()).orElseThrow().closedAt()).isEqualTo(Samples.NOW.plusSeconds(60));
        assertThatThrownBy(() -> store.insertSubmission(Samples.submission(lea, "après", 90)))
                .isInstanceOfSatisfying(WorkshopException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));
        assertThatThrownBy(() -> store.insertParticipant(Samples.participant(workshop, "Tom"), "tom", new byte[32]))
                .isInstanceOfSatisfying(WorkshopException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));
        assertThat(store.submissionsOfWorkshop(workshop.id())).containsExactly(kept);
        assertThat(store.closeWorkshop("nope", Samples.NOW)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void deletingAWorkshopDeletesAllItsData(TestDatabases database) {
        open(database);
        Workshop gone = Samples.workshop(code(), 30);
        Workshop kept = Samples.workshop(code(), 30);
        store.insertWorkshop(gone, new byte[32]);
        store.insertWorkshop(kept, new byte[32]);
        Participant lea = Samples.participant(gone, "Léa");
        Participant tom = Samples.participant(kept, "Tom");
        store.insertParticipant(lea, "léa", new byte[32]);
        store.insertParticipant(tom, "tom", new byte[32]);
        Submission leaDraft = store.insertSubmission(Samples.submission(lea, "un", 40));
        Submission tomDraft = store.insertSubmission(Samples.submission(tom, "deux", 40));

        assertThat(store.deleteWorkshop(gone.id())).isTrue();

        assertThat(store.workshop(gone.id())).isEmpty();
        assertThat(store.participant(lea.id())).isEmpty();
        assertThat(store.submission(leaDraft.id())).isEmpty();
        assertThat(store.submissionsOf(lea.id())).isEmpty();
        assertThat(store.submission(tomDraft.id())).contains(tomDraft);
        assertThat(store.deleteWorkshop(gone.id())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void purgingDeletesExpiredWorkshopsWithTheirDataAndKeepsTheOthers(TestDatabases database) {
        open(database);
        Workshop expired = Samples.workshop(code(), 30, Samples.NOW.plusSeconds(10));
        Workshop alive = Samples.workshop(code(), 30, Samples.NOW.plusSeconds(20));
        store.insertWorkshop(expired, new byte[32]);
        store.insertWorkshop(alive, new byte[32]);
        Participant lea = Samples.participant(expired, "Léa");
        store.insertParticipant(lea, "léa", new byte[32]);
        Submission draft = store.insertSubmission(Samples.submission(lea, "un", 40));

        assertThat(store.purgeExpired(Samples.NOW.plusSeconds(10))).isEqualTo(1);

        assertThat(store.workshop(expired.id())).isEmpty();
        assertThat(store.participant(lea.id())).isEmpty();
        assertThat(store.submission(draft.id())).isEmpty();
        assertThat(store.workshop(alive.id())).isPresent();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void reopeningAMigratedDatabaseKeepsItsData(TestDatabases database) {
        DatabaseConfig config = database.fresh(directory);
        Workshop workshop = Samples.workshop(code(), 30);
        try (JdbcWorkshopStore first = JdbcWorkshopStore.open(config)) {
            first.insertWorkshop(workshop, new byte[32]);
        }

        store = JdbcWorkshopStore.open(config);

        assertThat(store.workshop(workshop.id())).contains(workshop);
    }
}
