package fr.ricochet.workshop.store;

import static fr.ricochet.workshop.store.Sql.first;
import static fr.ricochet.workshop.store.Sql.instant;
import static fr.ricochet.workshop.store.Sql.update;

import fr.ricochet.workshop.IdempotentRequest;
import fr.ricochet.workshop.KeptAnswer;
import fr.ricochet.workshop.KeyClaim;
import fr.ricochet.workshop.KeyClaimLost;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the idempotency_key table (migration V2): claiming a key, keeping an answer in the transaction of the
 * write it answers, letting a key go. A row without a status is a request still running, or one cut off by a crash,
 * which a retry may take over once {@code locked_until} has passed.
 */
final class IdempotencyKeys {

    private static final HexFormat HEX = HexFormat.of();

    private IdempotencyKeys() {
    }

    private record Row(String fingerprint, Integer status, String answer, Instant lockedUntil) {

        static Row of(ResultSet row) throws SQLException {
            int status = row.getInt("status");
            Integer answered = row.wasNull() ? null : status; // wasNull speaks of the last column read
            return new Row(row.getString("fingerprint"), answered, row.getString("answer"),
                    instant(row, "locked_until"));
        }
    }

    /** One attempt at a claim; a unique violation means another request inserted the same key at the same moment. */
    static KeyClaim claim(Connection c, IdempotentRequest request, String workshopId, Instant now,
            Instant lockedUntil, Instant expiresAt) throws SQLException {
        String lookup = HEX.formatHex(request.lookup());
        String fingerprint = HEX.formatHex(request.fingerprint());
        update(c, "DELETE FROM idempotency_key WHERE lookup = ? AND expires_at <= ?", lookup, now);
        Optional<Row> found = first(c, "SELECT fingerprint, status, answer, locked_until FROM idempotency_key "
                + "WHERE lookup = ? FOR UPDATE", Row::of, lookup);
        String attempt = UUID.randomUUID().toString();
        if (found.isEmpty()) {
            update(c, "INSERT INTO idempotency_key (lookup, fingerprint, workshop_id, attempt, locked_until, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", lookup, fingerprint, workshopId, attempt,
                    lockedUntil, now, expiresAt);
            return new KeyClaim.Claimed(attempt);
        }
        Row row = found.get();
        if (!row.fingerprint().equals(fingerprint)) {
            return new KeyClaim.OtherRequest();
        }
        if (row.status() != null) {
            return new KeyClaim.Completed(row.status(), row.answer());
        }
        if (row.lockedUntil().isAfter(now)) {
            return new KeyClaim.Running(row.lockedUntil());
        }
        update(c, "UPDATE idempotency_key SET attempt = ?, locked_until = ? WHERE lookup = ?", attempt, lockedUntil,
                lookup);
        return new KeyClaim.Claimed(attempt);
    }

    /**
     * Keeps the answer in the caller's transaction, which then commits it with the write or not at all.
     *
     * @throws KeyClaimLost when a retry took the key over: the caller's transaction must roll back
     */
    static void keep(Connection c, Optional<KeptAnswer> kept, String workshopId) throws SQLException {
        if (kept.isEmpty()) {
            return;
        }
        KeptAnswer answer = kept.get();
        int updated = update(c, "UPDATE idempotency_key SET status = ?, answer = ?, workshop_id = ?, "
                + "locked_until = NULL WHERE lookup = ? AND attempt = ? AND status IS NULL", answer.status(),
                answer.sealed(), workshopId, HEX.formatHex(answer.lookup()), answer.attempt());
        if (updated != 1) {
            throw new KeyClaimLost();
        }
    }

    static void release(Connection c, IdempotentRequest request, String attempt) throws SQLException {
        update(c, "DELETE FROM idempotency_key WHERE lookup = ? AND attempt = ? AND status IS NULL",
                HEX.formatHex(request.lookup()), attempt);
    }

    static int releaseAll(Connection c) throws SQLException {
        return update(c, "DELETE FROM idempotency_key WHERE status IS NULL");
    }

    static void purgeExpired(Connection c, Instant now) throws SQLException {
        update(c, "DELETE FROM idempotency_key WHERE expires_at <= ?", now);
    }
}
