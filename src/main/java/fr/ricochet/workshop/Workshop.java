package fr.ricochet.workshop;

import java.time.Instant;

/**
 * A stored workshop. The trainer's secret is not part of it: only its hash is stored, and only the store
 * and {@link Tokens} ever see that.
 *
 * @param joinCode the short code participants type to join, see {@link JoinCodes}
 * @param closedAt when the trainer closed it (no more submissions), or null while it is open
 */
public record Workshop(
        String id,
        String joinCode,
        WorkshopSettings settings,
        int maxParticipants,
        Instant createdAt,
        Instant expiresAt,
        Instant closedAt) {

    public boolean isClosed() {
        return closedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
