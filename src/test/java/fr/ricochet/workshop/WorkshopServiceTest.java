package fr.ricochet.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.workshop.WorkshopException.Reason;
import fr.ricochet.workshop.store.JdbcWorkshopStore;
import fr.ricochet.workshop.store.TestDatabases;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Workshop mode end to end below HTTP: the real engine, the real store, on H2 and on PostgreSQL. */
class WorkshopServiceTest {

    private static final ObjectMapper JSON = ReportJson.mapper();
    private static final String DRAFT = "Conférence jeudi 18h à la médiathèque : « Les réseaux sociaux, avec ou sans "
            + "humains ». Venez nombreux ! #Médiation";
    private static Advisor advisor;

    @TempDir
    Path directory;

    private JdbcWorkshopStore store;
    private MutableClock clock;
    private WorkshopService service;

    @BeforeAll
    static void loadEngine() {
        advisor = Advisor.create(RulesLoader.load(RulesLocation.resolve(null)));
    }

    private void open(TestDatabases database, int maxParticipants) {
        store = JdbcWorkshopStore.open(database.fresh(directory));
        clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
        service = new WorkshopService(store, advisor, new WorkshopLimits(maxParticipants, Duration.ofDays(30)),
                clock);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private CreatedWorkshop create() {
        return service.create(json("{\"title\": \"Annoncer un événement\", \"brief\": \"Rendez l'annonce vivante.\","
                + " \"networks\": [\"mastodon\", \"x\"], \"audience\": \"general\"}"));
    }

    private static JsonNode draft(String text) {
        ObjectNode draft = JSON.createObjectNode();
        draft.put("text", text);
        return draft;
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WorkshopException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static void assertFieldErrors(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
            assertThat(e.errors()).allSatisfy(error -> assertThat(error.fr()).isNotBlank().isNotEqualTo(error.en()));
        });
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void creatingGivesAReadableJoinCodeAndA256BitTrainerSecretStoredOnlyAsAHash(TestDatabases database) {
        open(database, 30);

        CreatedWorkshop created = create();

        assertThat(created.workshop().joinCode()).hasSize(6).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
        String secret = created.trainerToken().substring(created.trainerToken().indexOf('.') + 1);
        assertThat(created.trainerToken()).startsWith(created.workshop().id() + ".");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
        assertThat(store.trainerTokenHash(created.workshop().id()).orElseThrow()).isEqualTo(Tokens.hash(secret));
        assertThat(created.workshop().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        assertThat(service.workshop(created.trainerToken())).isEqualTo(created.workshop());
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aWrongWorkshopNamesEveryFieldAtFaultInBothLanguages(TestDatabases database) {
        open(database, 30);

        assertFieldErrors(() -> service.create(json("{\"title\": \" \", \"networks\": [\"myspace\"], "
                + "\"audience\": \"everyone\", \"plannedAt\": \"demain\", \"brief\": \"" + "b".repeat(4001)
                + "\", \"colour\": 1}")), "title", "networks[0]", "audience", "plannedAt", "brief", "colour");
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void participantsJoinWithTheCodeAsTypedAndAPseudonymNobodyElseHas(TestDatabases database) {
        open(database, 30);
        Workshop workshop = create().workshop();
        String typed = JoinCodes.display(workshop.joinCode()).toLowerCase();

        Joined lea = service.join(typed, "  Léa ");

        assertThat(lea.participant().pseudonym()).isEqualTo("Léa");
        assertThat(lea.workshop()).isEqualTo(workshop);
        assertRefused(() -> service.join(workshop.joinCode(), "LÉA"), Reason.PSEUDONYM_TAKEN);
        assertRefused(() -> service.join("ZZZZZZ", "Tom"), Reason.UNKNOWN_CODE);
        assertFieldErrors(() -> service.join(workshop.joinCode(), " "), "pseudonym");
        assertFieldErrors(() -> service.join(workshop.joinCode(), "x".repeat(41)), "pseudonym");
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aWorkshopTakesNoMoreThanItsParticipantLimit(TestDatabases database) {
        open(database, 2);
        String code = create().workshop().joinCode();
        service.join(code, "a");
        service.join(code, "b");

        assertRefused(() -> service.join(code, "c"), Reason.FULL);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aSubmissionIsAnalysedForTheWorkshopsNetworksAndStoredWithItsTipsAndFindings(TestDatabases database) {
        open(database, 30);
        Joined lea = service.join(create().workshop().joinCode(), "Léa");

        SubmissionResult result = service.submit(lea.participantToken(), json("{\"text\": \"" + DRAFT
                + "\", \"media\": [{\"type\": \"image\", \"altText\": \"L'affiche\"}]}"));

        Report report = result.report();
        assertThat(report.networks()).extracting(n -> n.network().value()).containsExactly("mastodon", "x");
        Submission stored = result.submission();
        assertThat(stored.id()).isPositive();
        assertThat(stored.text()).isEqualTo(DRAFT);
        assertThat(stored.media()).singleElement().satisfies(m -> assertThat(m.altText()).isEqualTo("L'affiche"));
        assertThat(stored.score()).isEqualTo(report.score());
        assertThat(stored.tips()).extracting(t -> t.id() + "=" + t.score() + "x" + t.weight())
                .containsExactlyInAnyOrderElementsOf(report.tips().stream()
                        .map(t -> t.id() + "=" + t.score() + "x" + t.weight()).toList()).isNotEmpty();
        assertThat(stored.findings()).containsExactlyInAnyOrderElementsOf(report.findings());
        assertThat(store.submission(stored.id())).contains(stored);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aDraftIsHeldToTheEnginesLimitsAndMayNotOverrideTheWorkshop(TestDatabases database) {
        open(database, 30);
        Joined lea = service.join(create().workshop().joinCode(), "Léa");

        assertFieldErrors(() -> service.submit(lea.participantToken(), draft("x".repeat(10_001))), "text");
        assertFieldErrors(() -> service.submit(lea.participantToken(), json("{\"text\": \"ok\", "
                + "\"networks\": [\"linkedin\"]}")), "networks");
        assertFieldErrors(() -> service.submit(lea.participantToken(), json("{\"media\": [{\"type\": \"sound\"}]}")),
                "text", "media[0].type");
        assertThat(service.progress(lea.participantToken()).submissions()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aParticipantSeesOnlyTheirOwnSubmissionsWithBestScoreAndProgress(TestDatabases database) {
        open(database, 30);
        String code = create().workshop().joinCode();
        Joined lea = service.join(code, "Léa");
        Joined tom = service.join(code, "Tom");
        int first = service.submit(lea.participantToken(), draft("venez")).submission().score();
        service.submit(tom.participantToken(), draft("Tom écrit ici"));
        int second = service.submit(lea.participantToken(), draft(DRAFT)).submission().score();

        ParticipantProgress progress = service.progress(lea.participantToken());

        assertThat(progress.participant()).isEqualTo(lea.participant());
        assertThat(progress.submissions()).extracting(Submission::text).containsExactly("venez", DRAFT);
        assertThat(progress.firstScore()).isEqualTo(first);
        assertThat(progress.latestScore()).isEqualTo(second);
        assertThat(progress.bestScore()).isEqualTo(Math.max(first, second));
        assertThat(progress.progress()).isEqualTo(second - first);
        assertThat(service.progress(tom.participantToken()).submissions()).extracting(Submission::text)
                .containsExactly("Tom écrit ici");
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void eachTokenOpensOnlyWhatItIsFor(TestDatabases database) {
        open(database, 30);
        CreatedWorkshop created = create();
        Joined lea = service.join(created.workshop().joinCode(), "Léa");
        String forged = lea.participantToken().substring(0, lea.participantToken().length() - 2) + "AA";

        assertRefused(() -> service.progress(forged), Reason.ACCESS_DENIED);
        assertRefused(() -> service.progress(created.workshop().joinCode()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.progress(created.trainerToken()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.submit(null, draft("x")), Reason.ACCESS_DENIED);
        assertRefused(() -> service.dashboard(lea.participantToken()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.dashboard(created.workshop().joinCode()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.delete(created.workshop().id()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.close(created.workshop().id() + ".nope"), Reason.ACCESS_DENIED);
        assertThat(service.dashboard(created.trainerToken()).participants()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void theDashboardShowsEachParticipantTheDistributionAndTheTipsTheGroupFailsMost(TestDatabases database) {
        open(database, 30);
        CreatedWorkshop created = create();
        String code = created.workshop().joinCode();
        Joined lea = service.join(code, "Léa");
        Joined tom = service.join(code, "Tom");
        service.join(code, "Zoé");
        int leaFirst = service.submit(lea.participantToken(), draft("venez")).submission().score();
        int leaLatest = service.submit(lea.participantToken(), draft(DRAFT)).submission().score();
        int tom1 = service.submit(tom.participantToken(), draft("Lisez ceci !!! #a #b #c #d #e")).submission()
                .score();

        Dashboard dashboard = service.dashboard(created.trainerToken());

        assertThat(dashboard.submissionCount()).isEqualTo(3);
        assertThat(dashboard.participants()).extracting(Dashboard.ParticipantSummary::pseudonym)
                .containsExactly("Léa", "Tom", "Zoé");
        Dashboard.ParticipantSummary leaLine = dashboard.participants().get(0);
        assertThat(leaLine.submissions()).isEqualTo(2);
        assertThat(leaLine.firstScore()).isEqualTo(leaFirst);
        assertThat(leaLine.latestScore()).isEqualTo(leaLatest);
        assertThat(leaLine.bestScore()).isEqualTo(Math.max(leaFirst, leaLatest));
        assertThat(dashboard.participants().get(2).latestScore()).isNull();
        assertThat(dashboard.distribution()).hasSize(10);
        assertThat(dashboard.distribution().stream().mapToInt(Dashboard.ScoreBand::participants).sum()).isEqualTo(2);
        assertThat(dashboard.distribution().get(Math.min(tom1 / 10, 9)).participants()).isPositive();
        assertThat(dashboard.weakestTips()).isNotEmpty().allSatisfy(tip -> {
            assertThat(tip.failing()).isBetween(1, tip.applicable());
            assertThat(tip.applicable()).isLessThanOrEqualTo(2);
            assertThat(tip.averageScore()).isLessThan(1.0);
        });
        assertThat(dashboard.weakestTips()).isSortedAccordingTo((a, b) -> Integer.compare(b.failing(), a.failing()));
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void theTrainerComparesTwoSubmissionsOfTheirWorkshopOnly(TestDatabases database) {
        open(database, 30);
        CreatedWorkshop created = create();
        Joined lea = service.join(created.workshop().joinCode(), "Léa");
        Joined tom = service.join(created.workshop().joinCode(), "Tom");
        Submission left = service.submit(lea.participantToken(), draft("venez")).submission();
        Submission right = service.submit(tom.participantToken(), draft(DRAFT)).submission();
        Joined stranger = service.join(create().workshop().joinCode(), "Léa");
        Submission elsewhere = service.submit(stranger.participantToken(), draft("ailleurs")).submission();

        SubmissionPair pair = service.compare(created.trainerToken(), left.id(), right.id());

        assertThat(pair.left()).isEqualTo(new SubmissionPair.Side("Léa", left));
        assertThat(pair.right()).isEqualTo(new SubmissionPair.Side("Tom", right));
        assertThat(pair.left().submission().findings()).isNotEmpty();
        assertRefused(() -> service.compare(created.trainerToken(), left.id(), elsewhere.id()),
                Reason.UNKNOWN_SUBMISSION);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aClosedWorkshopTakesNoMoreSubmissionsOrParticipantsButShowsItsResults(TestDatabases database) {
        open(database, 30);
        CreatedWorkshop created = create();
        Joined lea = service.join(created.workshop().joinCode(), "Léa");
        service.submit(lea.participantToken(), draft(DRAFT));

        Workshop closed = service.close(created.trainerToken());

        assertThat(closed.closedAt()).isEqualTo(clock.instant());
        assertRefused(() -> service.submit(lea.participantToken(), draft("encore")), Reason.CLOSED);
        assertRefused(() -> service.join(created.workshop().joinCode(), "Tom"), Reason.CLOSED);
        assertThat(service.progress(lea.participantToken()).submissions()).hasSize(1);
        assertThat(service.dashboard(created.trainerToken()).submissionCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void deletingAWorkshopRemovesItAndEveryTokenStopsWorking(TestDatabases database) {
        open(database, 30);
        CreatedWorkshop created = create();
        Joined lea = service.join(created.workshop().joinCode(), "Léa");
        Submission submission = service.submit(lea.participantToken(), draft(DRAFT)).submission();

        service.delete(created.trainerToken());

        assertRefused(() -> service.dashboard(created.trainerToken()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.progress(lea.participantToken()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.join(created.workshop().joinCode(), "Tom"), Reason.UNKNOWN_CODE);
        assertThat(store.submission(submission.id())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void aWorkshopExpiresAfterItsLifetimeAndThePurgeDeletesItsData(TestDatabases database) {
        open(database, 30);
        CreatedWorkshop old = create();
        Joined lea = service.join(old.workshop().joinCode(), "Léa");
        Submission submission = service.submit(lea.participantToken(), draft(DRAFT)).submission();
        clock.advance(Duration.ofDays(29));
        CreatedWorkshop recent = create();
        clock.advance(Duration.ofDays(1));

        assertRefused(() -> service.dashboard(old.trainerToken()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.progress(lea.participantToken()), Reason.ACCESS_DENIED);
        assertRefused(() -> service.join(old.workshop().joinCode(), "Tom"), Reason.UNKNOWN_CODE);
        assertThat(service.purgeExpired()).isEqualTo(1);
        assertThat(store.workshop(old.workshop().id())).isEmpty();
        assertThat(store.participant(lea.participant().id())).isEmpty();
        assertThat(store.submission(submission.id())).isEmpty();
        assertThat(service.dashboard(recent.trainerToken()).workshop()).isEqualTo(recent.workshop());
        assertThat(service.purgeExpired()).isZero();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void theCsvExportHasOneRowPerSubmissionAndNeutralisesFormulas(TestDatabases database) throws Exception {
        open(database, 30);
        CreatedWorkshop created = create();
        Joined attacker = service.join(created.workshop().joinCode(), "=HYPERLINK(\"http://evil\")");
        service.submit(attacker.participantToken(), draft("+SUM(A1:A9) -- coucou"));
        service.submit(attacker.participantToken(), draft("@admin\nbonjour"));
        Joined lea = service.join(created.workshop().joinCode(), "Léa");
        Submission plain = service.submit(lea.participantToken(), draft(DRAFT)).submission();

        String csv = service.exportCsv(created.trainerToken(), "en");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("Pseudonym")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(0).get("Text")).isEqualTo("'+SUM(A1:A9) -- coucou");
        assertThat(rows.get(1).get("Text")).isEqualTo("'@admin\nbonjour");
        assertThat(rows.get(2).get("Text")).isEqualTo(DRAFT);
        assertThat(rows.get(2).get("Score out of 100")).isEqualTo(String.valueOf(plain.score()));
        assertThat(rows.get(2).toMap().keySet()).contains(advisor.rules().tipTitle("length", "en") + " (%)");
        assertThat(service.exportCsv(created.trainerToken(), "fr")).startsWith("\uFEFFN°;Pseudonyme;");
        assertThat(rows).allSatisfy(row -> row.toMap().values()
                .forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("-")));
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void theJsonExportHoldsTheWorkshopItsParticipantsAndEverySubmission(TestDatabases database) throws Exception {
        open(database, 30);
        CreatedWorkshop created = create();
        Joined lea = service.join(created.workshop().joinCode(), "Léa");
        Submission submission = service.submit(lea.participantToken(), json("{\"text\": \"" + DRAFT
                + "\", \"media\": [{\"type\": \"video\"}]}")).submission();

        JsonNode export = JSON.readTree(service.exportJson(created.trainerToken()));

        assertThat(export.at("/workshop/settings/title").asText()).isEqualTo("Annoncer un événement");
        assertThat(export.at("/participants/0/pseudonym").asText()).isEqualTo("Léa");
        JsonNode row = export.at("/submissions/0");
        assertThat(row.get("pseudonym").asText()).isEqualTo("Léa");
        assertThat(row.get("text").asText()).isEqualTo(DRAFT);
        assertThat(row.get("score").asInt()).isEqualTo(submission.score());
        assertThat(row.at("/media/0/type").asText()).isEqualTo("video");
        assertThat(row.get("findings")).hasSize(submission.findings().size());
        assertThat(row.get("tips")).hasSize(submission.tips().size());
        assertThat(export.toString()).doesNotContain(created.trainerToken().substring(37));
    }
}
