package fr.ricochet.workshop;

import java.time.Instant;

/** Someone who joined a workshop under a pseudonym: no account, no e-mail. */
public record Participant(String id, String workshopId, String pseudonym, Instant joinedAt) {
}
