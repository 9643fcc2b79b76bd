package fr.ricochet.workshop;

/**
 * A participant just admitted. {@code participantToken} is their only key to their own submissions (keep it in a
 * cookie); it is given once and only its hash is stored.
 */
public record Joined(Workshop workshop, Participant participant, String participantToken) {
}
