package fr.ricochet.workshop;

/** Two submissions of one workshop side by side, each with its author's pseudonym, for the trainer to compare. */
public record SubmissionPair(Side left, Side right) {

    public record Side(String pseudonym, Submission submission) {
    }
}
