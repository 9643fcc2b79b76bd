package fr.ricochet.workshop;

import java.util.List;

/**
 * What a participant sees of a workshop: only their own submissions, oldest first, with their best score and
 * their progress from the first to the latest. Scores are null before the first submission.
 */
public record ParticipantProgress(
        Workshop workshop,
        Participant participant,
        List<Submission> submissions,
        Integer firstScore,
        Integer bestScore,
        Integer latestScore) {

    public ParticipantProgress {
        submissions = List.copyOf(submissions);
    }

    static ParticipantProgress of(Workshop workshop, Participant participant, List<Submission> submissions) {
        Scores scores = Scores.of(submissions);
        return new ParticipantProgress(workshop, participant, submissions, scores.first(), scores.best(),
                scores.latest());
    }

    /** Latest minus first score: how far the participant came; null before the first submission. */
    public Integer progress() {
        return firstScore == null ? null : latestScore - firstScore;
    }
}
