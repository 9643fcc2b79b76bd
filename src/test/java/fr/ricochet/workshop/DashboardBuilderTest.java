package fr.ricochet.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.score.TipScore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardBuilderTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private static final Workshop WORKSHOP = new Workshop("w", "ABCDEF", new WorkshopSettings("T", "", List.of("x"),
            "general", null, null, "Europe/Paris"), 30, T, T.plus(Duration.ofDays(30)), null);
    private static final Participant LEA = new Participant("lea", "w", "Léa", T);
    private static final Participant TOM = new Participant("tom", "w", "Tom", T);
    private static final Participant ZOE = new Participant("zoe", "w", "Zoé", T);

    private static long ids;

    private static Submission submission(Participant author, int score, TipScore... tips) {
        return new Submission(++ids, "w", author.id(), "texte", List.of(), T, score, "fr", List.of(tips), List.of());
    }

    @Test
    void eachParticipantHasFirstBestAndLatestScoreAndTheirWholeHistoryInOrder() {
        Submission first = submission(LEA, 40);
        Submission best = submission(LEA, 80);
        Submission latest = submission(LEA, 70);

        Dashboard dashboard = DashboardBuilder.build(WORKSHOP, List.of(LEA, ZOE), List.of(first, best, latest));

        assertThat(dashboard.participants()).containsExactly(
                new Dashboard.ParticipantSummary("lea", "Léa", T, 3, 40, 80, 70, first.id(), latest.id(),
                        List.of(new Dashboard.HistoryEntry(first.id(), 1, T, 40),
                                new Dashboard.HistoryEntry(best.id(), 2, T, 80),
                                new Dashboard.HistoryEntry(latest.id(), 3, T, 70))),
                new Dashboard.ParticipantSummary("zoe", "Zoé", T, 0, null, null, null, null, null, List.of()));
        assertThat(dashboard.submissionCount()).isEqualTo(3);
    }

    @Test
    void theDistributionCountsEachParticipantsLatestScoreInTenBands() {
        Dashboard dashboard = DashboardBuilder.build(WORKSHOP, List.of(LEA, TOM, ZOE), List.of(submission(LEA, 5),
                submission(LEA, 95), submission(TOM, 100), submission(ZOE, 19)));

        assertThat(dashboard.distribution()).hasSize(10);
        assertThat(dashboard.distribution().get(0)).isEqualTo(new Dashboard.ScoreBand(0, 9, 0));
        assertThat(dashboard.distribution().get(1)).isEqualTo(new Dashboard.ScoreBand(10, 19, 1));
        assertThat(dashboard.distribution().get(9)).isEqualTo(new Dashboard.ScoreBand(90, 100, 2));
    }

    @Test
    void theWeakestTipsAreThoseMostParticipantsStillLoseOnTheirLatestDraft() {
        List<Submission> submissions = List.of(
                // Léa failed "media" at first, then learned it: only her latest draft counts.
                submission(LEA, 30, new TipScore("media", 0.0, 2), new TipScore("hashtags", 0.5, 3)),
                submission(LEA, 70, new TipScore("media", 1.0, 2), new TipScore("hashtags", 0.5, 3),
                        new TipScore("timing", null, 1)),
                submission(TOM, 50, new TipScore("media", 0.0, 2), new TipScore("hashtags", 0.0, 3),
                        new TipScore("timing", 1.0, 1)));

        Dashboard dashboard = DashboardBuilder.build(WORKSHOP, List.of(LEA, TOM), submissions);

        assertThat(dashboard.weakestTips()).containsExactly(
                new Dashboard.TipFailure("hashtags", 2, 2, 0.25),
                new Dashboard.TipFailure("media", 1, 2, 0.5));
    }

    @Test
    void whatOnlyTheTrainerSetIsReportedOnItsOwnLineNeverAmongTheGroupsMisses() {
        List<Submission> submissions = List.of(
                submission(LEA, 70, new TipScore("media", 0.0, 2), new TipScore("timing", 0.5, 5)),
                submission(TOM, 90, new TipScore("media", 1.0, 2), new TipScore("timing", 0.5, 5)));

        Dashboard dashboard = DashboardBuilder.build(WORKSHOP, List.of(LEA, TOM), submissions, "timing"::equals);

        assertThat(dashboard.weakestTips()).containsExactly(new Dashboard.TipFailure("media", 1, 2, 0.5));
        assertThat(dashboard.trainerSetTips()).containsExactly(new Dashboard.TipFailure("timing", 2, 2, 0.5));
    }
}
