package fr.ricochet.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.workshop.store.DatabaseConfig;
import fr.ricochet.workshop.store.JdbcWorkshopStore;
import fr.ricochet.workshop.store.Rows;
import fr.ricochet.workshop.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Idempotency keys below HTTP, on H2 and PostgreSQL: a retry gets the first answer and stores nothing, also after the
 * database is reopened; the same key on another request, a key still held by a running (or killed) request, scopes,
 * expiry, deletion with the workshop, and what the table holds.
 */
class IdempotencyTest {

    private static final String WORKSHOP = "{\"title\": \"Annoncer un événement\", \"networks\": [\"mastodon\"]}";
    private static final String DRAFT = "Conférence jeudi 18h à la médiathèque : venez nombreux ! #Médiation";
    private static Advisor advisor;

    @TempDir
    Path directory;

    private DatabaseConfig config;
    private JdbcWorkshopStore store;
    private MutableClock clock;
    private WorkshopService service;

    @BeforeAll
    static void loadEngine() {
        advisor = Advisor.create(RulesLoader.load(RulesLocation.resolve(null)));
    }

    private void open(TestDatabases database) {
        config = database.fresh(directory);
        clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
        reopen();
    }

    /** A restart: the pool closed, the database opened again, a new service on it. */
    private void reopen() {
        if (store != null) {
            store.close();
        }
        store = JdbcWorkshopStore.open(config);
        service = new WorkshopService(store, advisor, new WorkshopLimits(30, Duration.ofDays(30)), clock);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static JsonNode json(String text) {
        try {
            return ReportJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Optional<IdempotentRequest> key(String key, String scope, String body) {
        return Optional.of(IdempotentRequest.of(new IdempotencyKey(key), scope, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer answer(String body) {
        return new Answer(201, Map.of("Content-Type", "application/json", "Location", "/somewhere"), body);
    }

    private static final Function<CreatedWorkshop, Answer> CREATED = c -> answer("{\"code\": \""
            + c.workshop().joinCode() + "\", \"token\": \"" + c.trainerToken() + "\"}");
    private static final Function<Joined, Answer> JOINED = j -> answer("{\"token\": \"" + j.participantToken() + "\"}");
    private static final Function<SubmissionResult, Answer> SUBMITTED = r -> answer("{\"id\": "
            + r.submission().id() + ", \"score\": " + r.report().score() + "}");

    private Answered create(String key, String scope) {
        return service.create(json(WORKSHOP), key(key, scope, WORKSHOP), CREATED);
    }

    private Answered submit(String token, String text, String key) {
        String body = "{\"text\": \"" + text + "\"}";
        return service.submit(token, json(body), key(key, "participant", body), SUBMITTED);
    }

    private String code(Answered created) {
        return json(created.answer().body()).get("code").asText();
    }

    private String join(Answered created, String pseudonym) {
        return json(service.join(code(created), pseudonym, key("j-" + pseudonym.length(), "join " + pseudonym,
                pseudonym), JOINED).answer().body()).get("token").asText();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aCreationRetriedWithItsKeyGetsTheFirstAnswerAndCreatesNoSecondWorkshop(TestDatabases database) {
        open(database);

        Answered first = create("k-1", "client-a");
        Answered retry = create("k-1", "client-a");

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.answer()).isEqualTo(first.answer());
        assertThat(Rows.count(config, "workshop")).isEqualTo(1);
        // Without a key, as before: each request creates.
        service.create(json(WORKSHOP), Optional.empty(), CREATED);
        service.create(json(WORKSHOP), Optional.empty(), CREATED);
        assertThat(Rows.count(config, "workshop")).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aJoinAndASubmissionRetriedWithTheirKeysStoreNothingTwice(TestDatabases database) {
        open(database);
        Answered created = create("k-1", "client-a");

        Answered joined = service.join(code(created), "Léa", key("j-1", "join", "Léa"), JOINED);
        Answered rejoined = service.join(code(created), "Léa", key("j-1", "join", "Léa"), JOINED);
        String token = json(joined.answer().body()).get("token").asText();
        Answered submitted = submit(token, DRAFT, "s-1");
        Answered resubmitted = submit(token, DRAFT, "s-1");

        assertThat(rejoined.replayed()).isTrue();
        assertThat(rejoined.answer()).isEqualTo(joined.answer());
        assertThat(resubmitted.replayed()).isTrue();
        assertThat(resubmitted.answer()).isEqualTo(submitted.answer());
        assertThat(Rows.count(config, "participant")).isEqualTo(1);
        assertThat(Rows.count(config, "submission")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void theFirstAnswersSurviveARestartOfTheDatabase(TestDatabases database) {
        open(database);
        Answered created = create("k-1", "client-a");
        Answered joined = service.join(code(created), "Léa", key("j-1", "join", "Léa"), JOINED);
        String token = json(joined.answer().body()).get("token").asText();
        Answered submitted = submit(token, DRAFT, "s-1");

        reopen();

        assertThat(create("k-1", "client-a")).isEqualTo(new Answered(created.answer(), true));
        assertThat(service.join(code(created), "Léa", key("j-1", "join", "Léa"), JOINED))
                .isEqualTo(new Answered(joined.answer(), true));
        assertThat(submit(token, DRAFT, "s-1")).isEqualTo(new Answered(submitted.answer(), true));
        assertThat(Rows.count(config, "workshop")).isEqualTo(1);
        assertThat(Rows.count(config, "participant")).isEqualTo(1);
        assertThat(Rows.count(config, "submission")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void theSameKeyOnAnotherRequestIsRefusedAndStoresNothing(TestDatabases database) {
        open(database);
        Answered created = create("k-1", "client-a");
        String token = join(created, "Léa");
        submit(token, DRAFT, "s-1");

        String other = "{\"title\": \"Un autre atelier\"}";
        assertThatThrownBy(() -> service.create(json(other), key("k-1", "client-a", other), CREATED))
                .isInstanceOfSatisfying(IdempotencyConflict.class,
                        e -> assertThat(e.kind()).isEqualTo(IdempotencyConflict.Kind.OTHER_REQUEST));
        assertThatThrownBy(() -> submit(token, "Un autre brouillon", "s-1"))
                .isInstanceOfSatisfying(IdempotencyConflict.class, e -> {
                    assertThat(e.kind()).isEqualTo(IdempotencyConflict.Kind.OTHER_REQUEST);
                    assertThat(e.message().fr()).contains("Idempotency-Key").isNotEqualTo(e.message().en());
                });
        assertThat(Rows.count(config, "workshop")).isEqualTo(1);
        assertThat(Rows.count(config, "submission")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void keysOfTwoScopesNeverMeet(TestDatabases database) {
        open(database);

        Answered a = create("same-key", "client-a");
        Answered b = create("same-key", "client-b");
        String lea = join(a, "Léa");
        String tom = join(a, "Tom");
        Answered leas = service.submit(lea, json("{\"text\": \"" + DRAFT + "\"}"),
                key("s-1", "participant-lea", DRAFT), SUBMITTED);
        Answered toms = service.submit(tom, json("{\"text\": \"" + DRAFT + "\"}"),
                key("s-1", "participant-tom", DRAFT), SUBMITTED);

        assertThat(b.replayed()).isFalse();
        assertThat(b.answer().body()).isNotEqualTo(a.answer().body());
        assertThat(toms.replayed()).isFalse();
        assertThat(toms.answer().body()).isNotEqualTo(leas.answer().body());
        assertThat(Rows.count(config, "workshop")).isEqualTo(2);
        assertThat(Rows.count(config, "submission")).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aRetryWhileTheFirstRunsWaitsAndTakesTheKeyOverWhenAKilledRequestsLeaseEnds(TestDatabases database) {
        open(database);
        Answered created = create("k-1", "client-a");
        String token = join(created, "Léa");
        String body = "{\"text\": \"" + DRAFT + "\"}";
        IdempotentRequest request = key("s-1", "participant", body).orElseThrow();
        String workshopId = store.workshopByJoinCode(code(created)).orElseThrow().id();
        // A first request claims the key, then its server is killed before it stores anything.
        Instant now = clock.instant();
        String killed = ((KeyClaim.Claimed) store.claimKey(request, workshopId, now, now.plus(IdempotentCalls.LEASE),
                now.plus(IdempotentCalls.KEPT_FOR))).attempt();

        assertThatThrownBy(() -> submit(token, DRAFT, "s-1")).isInstanceOfSatisfying(IdempotencyConflict.class, e -> {
            assertThat(e.kind()).isEqualTo(IdempotencyConflict.Kind.IN_PROGRESS);
            assertThat(e.retryAfterSeconds()).isEqualTo(IdempotentCalls.LEASE.toSeconds());
        });
        clock.advance(IdempotentCalls.LEASE);
        Answered retried = submit(token, DRAFT, "s-1");

        assertThat(retried.replayed()).isFalse();
        assertThat(submit(token, DRAFT, "s-1")).isEqualTo(new Answered(retried.answer(), true));
        // Had the first request only been slow, it can no longer commit: its write rolls back.
        Submission late = store.submissionsOfWorkshop(workshopId).get(0).withId(0);
        AnswerKeeper<Submission> lateKeeper = new KeyHold(request, killed).keeper(s -> answer("{}"));
        assertThatThrownBy(() -> store.insertSubmission(late, lateKeeper)).isInstanceOf(KeyClaimLost.class);
        assertThat(Rows.count(config, "submission")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void onAnEmbeddedDatabaseAKilledProcesssKeysAreLetGoWhenItStartsAgain(TestDatabases database) {
        open(database);
        Answered created = create("k-1", "client-a");
        String token = join(created, "Léa");
        IdempotentRequest request = key("s-1", "participant", "{\"text\": \"" + DRAFT + "\"}").orElseThrow();
        Instant now = clock.instant();
        store.claimKey(request, store.workshopByJoinCode(code(created)).orElseThrow().id(), now,
                now.plus(IdempotentCalls.LEASE), now.plus(IdempotentCalls.KEPT_FOR));

        reopen(); // the process that claimed the key was killed; a new one starts on the same database

        if (database == TestDatabases.H2) {
            assertThat(submit(token, DRAFT, "s-1").replayed()).isFalse();
            assertThat(Rows.count(config, "submission")).isEqualTo(1);
        } else {
            // Other servers may share PostgreSQL: the claim may be theirs, so it runs out its lease.
            assertThatThrownBy(() -> submit(token, DRAFT, "s-1")).isInstanceOf(IdempotencyConflict.class);
            assertThat(Rows.count(config, "submission")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void retriesSentAllAtOnceStoreOneSubmissionAndEachGetsItsAnswerOrIsToldToWait(TestDatabases database)
            throws Exception {
        open(database);
        String token = join(create("k-1", "client-a"), "Léa");
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return submit(token, DRAFT, "s-1");
                } catch (IdempotencyConflict e) {
                    return e.kind();
                }
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        List<Answered> answers = results.stream().filter(Answered.class::isInstance).map(Answered.class::cast)
                .toList();
        assertThat(answers.stream().filter(a -> !a.replayed())).hasSize(1);
        assertThat(answers).extracting(Answered::answer).containsOnly(answers.get(0).answer());
        // A retry that arrives while the first runs is told to wait; one that arrives after it gets the replay
        // (which of the two each gets depends on the scheduling, so both are allowed, nothing else is).
        assertThat(results.stream().filter(r -> !(r instanceof Answered)))
                .isSubsetOf(IdempotencyConflict.Kind.IN_PROGRESS);
        assertThat(Rows.count(config, "submission")).isEqualTo(1);
        assertThat(submit(token, DRAFT, "s-1")).isEqualTo(new Answered(answers.stream()
                .filter(a -> !a.replayed()).findFirst().orElseThrow().answer(), true));
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aRefusedRequestLetsItsKeyGoAndAnAnsweredOneIsReplayedEvenOnceClosed(TestDatabases database) {
        open(database);
        Answered created = create("k-1", "client-a");
        String token = join(created, "Léa");

        assertThatThrownBy(() -> submit(token, "", "s-1")).isInstanceOf(InvalidRequestException.class);
        Answered corrected = submit(token, DRAFT, "s-1");
        String trainer = json(created.answer().body()).get("token").asText();
        service.close(trainer);

        assertThat(corrected.replayed()).isFalse();
        assertThat(submit(token, DRAFT, "s-1")).isEqualTo(new Answered(corrected.answer(), true));
        assertThatThrownBy(() -> submit(token, DRAFT, "s-2")).isInstanceOfSatisfying(WorkshopException.class,
                e -> assertThat(e.reason()).isEqualTo(WorkshopException.Reason.CLOSED));
        assertThat(Rows.count(config, "submission")).isEqualTo(1);
        assertThat(Rows.count(config, "idempotency_key")).as("the closed one's key was let go").isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void keysExpireAfter24HoursAndGoWithTheirWorkshop(TestDatabases database) {
        open(database);
        Answered created = create("k-1", "client-a");
        String token = join(created, "Léa");
        submit(token, DRAFT, "s-1");
        assertThat(Rows.count(config, "idempotency_key")).isEqualTo(3);

        service.delete(json(created.answer().body()).get("token").asText());
        assertThat(Rows.count(config, "idempotency_key")).isZero();

        Answered kept = create("k-2", "client-a");
        clock.advance(IdempotentCalls.KEPT_FOR);
        assertThat(service.purgeExpired()).as("no workshop expired").isZero();
        assertThat(Rows.count(config, "idempotency_key")).isZero();
        Answered anew = create("k-2", "client-a");
        assertThat(anew.replayed()).isFalse();
        assertThat(anew.answer()).isNotEqualTo(kept.answer());
        assertThat(Rows.count(config, "workshop")).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void theTableHoldsNeitherTheKeyNorTheTokensOfTheAnswersItKeeps(TestDatabases database) {
        open(database);
        Answered created = create("my-visible-key-123", "client-a");
        String trainer = json(created.answer().body()).get("token").asText();
        String secret = trainer.substring(trainer.indexOf('.') + 1);
        String participant = join(created, "Léa");

        String rows = String.join("\n", Rows.column(config, "SELECT lookup || ' ' || fingerprint || ' ' || attempt "
                + "|| ' ' || answer FROM idempotency_key"));
        assertThat(rows).doesNotContain("my-visible-key-123").doesNotContain(secret)
                .doesNotContain(participant.substring(participant.indexOf('.') + 1)).doesNotContain("token");
    }
}
