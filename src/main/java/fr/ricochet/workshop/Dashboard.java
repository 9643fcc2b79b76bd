package fr.ricochet.workshop;

import java.time.Instant;
import java.util.List;

/**
 * The trainer's view of a workshop: who is there and how they are doing, how the group's scores spread, and which
 * tips the group fails most, that is where to teach next.
 *
 * @param distribution the participants' latest scores in ten bands (0–9, 10–19 ... 90–100)
 * @param weakestTips the tips lost by the most participants on their latest submission, worst first
 * @param trainerSetTips the same for the tips that judge only what the trainer set (the planned time): how the
 *                       trainer's own choice does, kept out of the group's misses and of participants' scores
 */
public record Dashboard(
        Workshop workshop,
        List<ParticipantSummary> participants,
        int submissionCount,
        List<ScoreBand> distribution,
        List<TipFailure> weakestTips,
        List<TipFailure> trainerSetTips) {

    public Dashboard {
        participants = List.copyOf(participants);
        distribution = List.copyOf(distribution);
        weakestTips = List.copyOf(weakestTips);
        trainerSetTips = List.copyOf(trainerSetTips);
    }

    /**
     * One participant's line; scores are null until they submit.
     *
     * @param history every submission of theirs, oldest first, so the trainer can follow and compare any two
     */
    public record ParticipantSummary(
            String participantId,
            String pseudonym,
            Instant joinedAt,
            int submissions,
            Integer firstScore,
            Integer bestScore,
            Integer latestScore,
            Long firstSubmissionId,
            Long latestSubmissionId,
            List<HistoryEntry> history) {

        public ParticipantSummary {
            history = List.copyOf(history);
        }
    }

    /** One submission in a participant's history: its number (1 for their first), when, and its score. */
    public record HistoryEntry(long submissionId, int number, Instant submittedAt, int score) {
    }

    /** How many participants' latest score lies between {@code from} and {@code to}, both included. */
    public record ScoreBand(int from, int to, int participants) {
    }

    /**
     * A tip as the group does on it: of the {@code applicable} participants whose latest draft the tip applied to,
     * {@code failing} lost points on it; {@code averageScore} is their mean tip score, from 0 to 1.
     */
    public record TipFailure(String tipId, int failing, int applicable, double averageScore) {
    }
}
