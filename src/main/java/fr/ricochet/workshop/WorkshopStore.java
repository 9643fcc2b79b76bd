package fr.ricochet.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where workshops live. One JDBC implementation serves the embedded database and PostgreSQL
 * ({@link fr.ricochet.workshop.store.JdbcWorkshopStore}). Implementations keep no workshop state in memory: several
 * servers may share one database, so every rule that must hold across them (one join code per workshop, one
 * pseudonym per workshop, the participant limit, no submission after closing) is enforced in the database, in
 * one transaction.
 *
 * <p>Token hashes are SHA-256 digests; comparing them is the caller's job ({@link Tokens}), in constant time.
 */
public interface WorkshopStore extends AutoCloseable {

    /** Stores a new workshop; false when its join code is already used, so the caller draws another one. */
    default boolean insertWorkshop(Workshop workshop, byte[] trainerTokenHash) {
        return insertWorkshop(workshop, trainerTokenHash, AnswerKeeper.none());
    }

    /** The same, keeping in the same transaction what {@code keeper} says to keep for the request's key. */
    boolean insertWorkshop(Workshop workshop, byte[] trainerTokenHash, AnswerKeeper<Workshop> keeper);

    Optional<Workshop> workshop(String workshopId);

    Optional<Workshop> workshopByJoinCode(String joinCode);

    Optional<byte[]> trainerTokenHash(String workshopId);

    /**
     * Adds a participant if, at that moment, the workshop is open, has room and nobody holds the same pseudonym
     * key.
     *
     * @param pseudonymKey the folded pseudonym two participants may not share
     * @throws WorkshopException {@code CLOSED}, {@code FULL}, {@code PSEUDONYM_TAKEN} or {@code UNKNOWN_CODE}
     */
    default Participant insertParticipant(Participant participant, String pseudonymKey, byte[] tokenHash) {
        return insertParticipant(participant, pseudonymKey, tokenHash, AnswerKeeper.none());
    }

    /** The same, keeping in the same transaction what {@code keeper} says to keep for the request's key. */
    Participant insertParticipant(Participant participant, String pseudonymKey, byte[] tokenHash,
            AnswerKeeper<Participant> keeper);

    Optional<Participant> participant(String participantId);

    Optional<byte[]> participantTokenHash(String participantId);

    /** In the order they joined. */
    List<Participant> participants(String workshopId);

    /**
     * Stores a submission if the workshop is still open; it is durable when this returns.
     *
     * @return the submission with its id
     * @throws WorkshopException {@code CLOSED} or {@code UNKNOWN_CODE}
     */
    default Submission insertSubmission(Submission submission) {
        return insertSubmission(submission, AnswerKeeper.none());
    }

    /** The same, keeping in the same transaction what {@code keeper} says to keep for the request's key. */
    Submission insertSubmission(Submission submission, AnswerKeeper<Submission> keeper);

    /** One participant's submissions, oldest first. */
    List<Submission> submissionsOf(String participantId);

    /** Every submission of a workshop, oldest first. */
    List<Submission> submissionsOfWorkshop(String workshopId);

    Optional<Submission> submission(long submissionId);

    /** Marks the workshop closed (once: a second call keeps the first time); false when it does not exist. */
    boolean closeWorkshop(String workshopId, Instant at);

    /**
     * Claims an idempotency key for a request about to run, in a transaction of its own: the first request with the
     * key gets it (until {@code lockedUntil}, when a retry may take it over), a retry learns what became of it. A key
     * past its expiry is as good as new.
     *
     * @param workshopId the workshop whose deletion deletes the key, or null until a creation names it
     * @throws WorkshopException {@code UNKNOWN_CODE} when that workshop is gone
     */
    KeyClaim claimKey(IdempotentRequest request, String workshopId, Instant now, Instant lockedUntil,
            Instant expiresAt);

    /** Lets a claimed key go when its request stored nothing, so that it may be sent again. */
    void releaseKey(IdempotentRequest request, String attempt);

    /**
     * Lets go every key still held by a running request: only when no other process can be using the database, at
     * start, since the requests of the process before were then cut off. Returns how many.
     */
    int releaseAbandonedKeys();

    /** Deletes the workshop with its participants, submissions and idempotency keys; false when it did not exist. */
    boolean deleteWorkshop(String workshopId);

    /**
     * Deletes, with all their data, the workshops whose expiry time is at or before {@code now}, and the expired
     * idempotency keys; returns how many workshops.
     */
    int purgeExpired(Instant now);

    /** Releases the connections. */
    @Override
    void close();
}
