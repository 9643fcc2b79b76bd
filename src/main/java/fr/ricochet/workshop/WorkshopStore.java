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
    boolean insertWorkshop(Workshop workshop, byte[] trainerTokenHash);

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
    Participant insertParticipant(Participant participant, String pseudonymKey, byte[] tokenHash);

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
    Submission insertSubmission(Submission submission);

    /** One participant's submissions, oldest first. */
    List<Submission> submissionsOf(String participantId);

    /** Every submission of a workshop, oldest first. */
    List<Submission> submissionsOfWorkshop(String workshopId);

    Optional<Submission> submission(long submissionId);

    /** Marks the workshop closed (once: a second call keeps the first time); false when it does not exist. */
    boolean closeWorkshop(String workshopId, Instant at);

    /** Deletes the workshop with its participants and submissions; false when it did not exist. */
    boolean deleteWorkshop(String workshopId);

    /** Deletes, with all their data, the workshops whose expiry time is at or before {@code now}. */
    int purgeExpired(Instant now);

    /** Releases the connections. */
    @Override
    void close();
}
