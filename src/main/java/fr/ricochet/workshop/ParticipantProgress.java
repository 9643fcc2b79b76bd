package fr.ricochet.workshop;

import java.util.List;

/**
 * What a participant sees of a workshop: only their own submissions, oldest first, with their best score and
 * their progress from the first to the latest. Scores are null before the first submission.
 */
public record ParticipantProgress(Workshop workshop, Participant participant, List<Submission> submissions) {

    public ParticipantProgress {
        submissions = List.copyOf(submissions);
    }

    public Integer firstScore() {
        return Scores.of(submissions).first();
    }

    public Integer bestScore() {
        return Scores.of(submissions).best();
    }

    public Integer latestScore() {
        return Scores.of(submissions).latest();
    }

    /** Latest minus first score: how far the participant came; null before the first submission. */
    public Integer progress() {
        Scores scores = Scores.of(submissions);
        return scores.first() == null ? null : scores.latest() - scores.first();
    }
}
