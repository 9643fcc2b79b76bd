package fr.ricochet.workshop;

/** The answer to send, and whether it is the stored answer of an earlier request with the same key. */
public record Answered(Answer answer, boolean replayed) {
}
