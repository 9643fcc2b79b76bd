package fr.ricochet.workshop;

import fr.ricochet.score.TipScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Computes a {@link Dashboard} from stored rows. Plain Java over one workshop's data (a few thousand rows at most),
 * so the figures are the same whichever database holds them.
 */
final class DashboardBuilder {

    private static final int BANDS = 10;

    private DashboardBuilder() {
    }

    static Dashboard build(Workshop workshop, List<Participant> participants, List<Submission> oldestFirst) {
        return build(workshop, participants, oldestFirst, tipId -> false);
    }

    /**
     * @param trainerSet the tips that judge only what the trainer set (the planned time): reported on their own
     *                   line, never among what the group misses, since no participant could have done otherwise
     */
    static Dashboard build(Workshop workshop, List<Participant> participants, List<Submission> oldestFirst,
            Predicate<String> trainerSet) {
        Map<String, List<Submission>> byParticipant = new LinkedHashMap<>();
        participants.forEach(p -> byParticipant.put(p.id(), new ArrayList<>()));
        oldestFirst.forEach(s -> byParticipant.computeIfAbsent(s.participantId(), id -> new ArrayList<>()).add(s));

        List<Dashboard.ParticipantSummary> lines = new ArrayList<>();
        List<Submission> latest = new ArrayList<>();
        for (Participant participant : participants) {
            List<Submission> own = byParticipant.get(participant.id());
            Scores scores = Scores.of(own);
            Submission last = own.isEmpty() ? null : own.get(own.size() - 1);
            if (last != null) {
                latest.add(last);
            }
            lines.add(new Dashboard.ParticipantSummary(participant.id(), participant.pseudonym(),
                    participant.joinedAt(), own.size(), scores.first(), scores.best(), scores.latest(),
                    last == null ? null : own.get(0).id(), last == null ? null : last.id(), history(own)));
        }
        List<Dashboard.TipFailure> failures = weakestTips(latest);
        return new Dashboard(workshop, lines, oldestFirst.size(), distribution(latest),
                failures.stream().filter(f -> !trainerSet.test(f.tipId())).toList(),
                failures.stream().filter(f -> trainerSet.test(f.tipId())).toList());
    }

    private static List<Dashboard.HistoryEntry> history(List<Submission> oldestFirst) {
        List<Dashboard.HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            Submission s = oldestFirst.get(i);
            history.add(new Dashboard.HistoryEntry(s.id(), i + 1, s.submittedAt(), s.score()));
        }
        return history;
    }

    private static List<Dashboard.ScoreBand> distribution(List<Submission> latest) {
        int[] counts = new int[BANDS];
        latest.forEach(s -> counts[Math.min(s.score() / 10, BANDS - 1)]++);
        List<Dashboard.ScoreBand> bands = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            bands.add(new Dashboard.ScoreBand(i * 10, i == BANDS - 1 ? 100 : i * 10 + 9, counts[i]));
        }
        return bands;
    }

    /**
     * Judged on each participant's latest draft, not on all drafts: a tip the group has since learned should leave
     * the list, or the trainer would keep teaching what is already understood.
     */
    private static List<Dashboard.TipFailure> weakestTips(List<Submission> latest) {
        Map<String, List<Double>> scores = new TreeMap<>();
        for (Submission submission : latest) {
            for (TipScore tip : submission.tips()) {
                if (tip.score() != null) {
                    scores.computeIfAbsent(tip.id(), id -> new ArrayList<>()).add(tip.score());
                }
            }
        }
        List<Dashboard.TipFailure> failures = new ArrayList<>();
        scores.forEach((id, values) -> {
            int failing = (int) values.stream().filter(v -> v < 1.0).count();
            if (failing > 0) {
                double average = values.stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
                failures.add(new Dashboard.TipFailure(id, failing, values.size(), average));
            }
        });
        failures.sort(Comparator.comparingInt(Dashboard.TipFailure::failing).reversed()
                .thenComparingDouble(Dashboard.TipFailure::averageScore)
                .thenComparing(Dashboard.TipFailure::tipId));
        return failures;
    }
}
