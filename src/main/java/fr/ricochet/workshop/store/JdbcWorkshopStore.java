package fr.ricochet.workshop.store;

import static fr.ricochet.workshop.store.Sql.first;
import static fr.ricochet.workshop.store.Sql.instant;
import static fr.ricochet.workshop.store.Sql.list;
import static fr.ricochet.workshop.store.Sql.update;

import com.zaxxer.hikari.HikariDataSource;
import fr.ricochet.score.TipScore;
import fr.ricochet.workshop.AnswerKeeper;
import fr.ricochet.workshop.IdempotentRequest;
import fr.ricochet.workshop.KeyClaim;
import fr.ricochet.workshop.Participant;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopException;
import fr.ricochet.workshop.WorkshopException.Reason;
import fr.ricochet.workshop.WorkshopSettings;
import fr.ricochet.workshop.WorkshopStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The workshop store on any database the migrations run on: embedded H2 or PostgreSQL. It keeps nothing in memory
 * between calls, so two servers on one PostgreSQL see the same workshops. The rules that must hold across servers
 * are taken care of by the database: unique constraints for join codes and pseudonyms, and a row lock on the
 * workshop ({@code SELECT ... FOR UPDATE}) that puts the joins and submissions of one workshop in a line, so the
 * participant limit and closing are never overtaken by a concurrent request.
 */
public final class JdbcWorkshopStore implements WorkshopStore {

    private static final String WORKSHOP_COLUMNS = "id, join_code, title, brief, networks, audience, starting_post, "
            + "planned_at, time_zone, max_participants, created_at, expires_at, closed_at";
    private static final String SUBMISSION_COLUMNS = "id, workshop_id, participant_id, draft_text, media, "
            + "submitted_at, score, language, findings";
    private static final HexFormat HEX = HexFormat.of();

    private final Sql sql;
    private final AutoCloseable resources;

    /** A store on a pool that someone else opened and will close. */
    public JdbcWorkshopStore(DataSource dataSource) {
        this(dataSource, () -> { });
    }

    private JdbcWorkshopStore(DataSource dataSource, AutoCloseable resources) {
        this.sql = new Sql(dataSource);
        this.resources = resources;
    }

    /**
     * Migrates the database and opens a store that closes its pool when closed. On a database only this process can
     * use (an embedded H2), the idempotency keys a killed process still held are let go, so that retries need not
     * wait for their lease to end.
     */
    public static JdbcWorkshopStore open(DatabaseConfig config) {
        HikariDataSource pool = Databases.open(config);
        JdbcWorkshopStore store = new JdbcWorkshopStore(pool, pool);
        if (config.isSingleProcess()) {
            store.releaseAbandonedKeys();
        }
        return store;
    }

    /** The calibration profiles kept in the same database, on the same pool. */
    public JdbcProfileStore profiles() {
        return new JdbcProfileStore(sql);
    }

    @Override
    public boolean insertWorkshop(Workshop workshop, byte[] trainerTokenHash, AnswerKeeper<Workshop> keeper) {
        WorkshopSettings settings = workshop.settings();
        try {
            return sql.inTransaction(c -> {
                update(c, "INSERT INTO workshop (" + WORKSHOP_COLUMNS
                        + ", trainer_token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", workshop.id(),
                        workshop.joinCode(), settings.title(), settings.brief(), String.join(",", settings.networks()),
                        settings.audience(), settings.startingPost(), settings.plannedAt(), settings.timeZone(),
                        workshop.maxParticipants(), workshop.createdAt(), workshop.expiresAt(), workshop.closedAt(),
                        HEX.formatHex(trainerTokenHash));
                IdempotencyKeys.keep(c, keeper.keep(workshop), workshop.id());
                return true;
            });
        } catch (StoreException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Workshop> workshop(String workshopId) {
        return sql.inTransaction(c -> first(c, "SELECT " + WORKSHOP_COLUMNS + " FROM workshop WHERE id = ?",
                JdbcWorkshopStore::workshopRow, workshopId));
    }

    @Override
    public Optional<Workshop> workshopByJoinCode(String joinCode) {
        return sql.inTransaction(c -> first(c, "SELECT " + WORKSHOP_COLUMNS + " FROM workshop WHERE join_code = ?",
                JdbcWorkshopStore::workshopRow, joinCode));
    }

    @Override
    public Optional<byte[]> trainerTokenHash(String workshopId) {
        return sql.inTransaction(c -> first(c, "SELECT trainer_token_hash FROM workshop WHERE id = ?",
                row -> HEX.parseHex(row.getString(1)), workshopId));
    }

    @Override
    public Participant insertParticipant(Participant participant, String pseudonymKey, byte[] tokenHash,
            AnswerKeeper<Participant> keeper) {
        try {
            return sql.inTransaction(c -> {
                Workshop workshop = lockWorkshop(c, participant.workshopId());
                if (workshop.isClosed()) {
                    throw new WorkshopException(Reason.CLOSED);
                }
                int joined = first(c, "SELECT COUNT(*) FROM participant WHERE workshop_id = ?", row -> row.getInt(1),
                        workshop.id()).orElse(0);
                if (joined >= workshop.maxParticipants()) {
                    throw new WorkshopException(Reason.FULL);
                }
                update(c, "INSERT INTO participant (id, workshop_id, pseudonym, pseudonym_key, token_hash, joined_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", participant.id(), participant.workshopId(),
                        participant.pseudonym(), pseudonymKey, HEX.formatHex(tokenHash), participant.joinedAt());
                IdempotencyKeys.keep(c, keeper.keep(participant), participant.workshopId());
                return participant;
            });
        } catch (StoreException e) {
            if (isUniqueViolation(e)) {
                throw new WorkshopException(Reason.PSEUDONYM_TAKEN);
            }
            throw e;
        }
    }

    @Override
    public Optional<Participant> participant(String participantId) {
        return sql.inTransaction(c -> first(c, "SELECT id, workshop_id, pseudonym, joined_at FROM participant "
                + "WHERE id = ?", JdbcWorkshopStore::participantRow, participantId));
    }

    @Override
    public Optional<byte[]> participantTokenHash(String participantId) {
        return sql.inTransaction(c -> first(c, "SELECT token_hash FROM participant WHERE id = ?",
                row -> HEX.parseHex(row.getString(1)), participantId));
    }

    @Override
    public List<Participant> participants(String workshopId) {
        return sql.inTransaction(c -> list(c, "SELECT id, workshop_id, pseudonym, joined_at FROM participant "
                + "WHERE workshop_id = ? ORDER BY seq", JdbcWorkshopStore::participantRow, workshopId));
    }

    @Override
    public Submission insertSubmission(Submission submission, AnswerKeeper<Submission> keeper) {
        return sql.inTransaction(c -> {
            if (lockWorkshop(c, submission.workshopId()).isClosed()) {
                throw new WorkshopException(Reason.CLOSED);
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO submission (workshop_id, participant_id, "
                    + "draft_text, media, submitted_at, score, language, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(insert, submission.workshopId(), submission.participantId(), submission.text(),
                        JsonColumns.media(submission.media()), submission.submittedAt(), submission.score(),
                        submission.language(), JsonColumns.findings(submission.findings()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong("id");
                }
            }
            try (PreparedStatement tips = c.prepareStatement(
                    "INSERT INTO submission_tip (submission_id, tip_id, score, weight) VALUES (?, ?, ?, ?)")) {
                for (TipScore tip : submission.tips()) {
                    tips.setLong(1, id);
                    tips.setString(2, tip.id());
                    if (tip.score() == null) {
                        tips.setNull(3, Types.DOUBLE);
                    } else {
                        tips.setDouble(3, tip.score());
                    }
                    tips.setInt(4, tip.weight());
                    tips.addBatch();
                }
                tips.executeBatch();
            }
            Submission stored = submission.withId(id);
            IdempotencyKeys.keep(c, keeper.keep(stored), submission.workshopId());
            return stored;
        });
    }

    @Override
    public List<Submission> submissionsOf(String participantId) {
        return sql.inTransaction(c -> submissionsWhere(c, "participant_id", participantId));
    }

    @Override
    public List<Submission> submissionsOfWorkshop(String workshopId) {
        return sql.inTransaction(c -> submissionsWhere(c, "workshop_id", workshopId));
    }

    @Override
    public Optional<Submission> submission(long submissionId) {
        return sql.inTransaction(c -> submissionsWhere(c, "id", submissionId).stream().findFirst());
    }

    /** The submissions whose {@code column} (a name of this class, never user input) equals the key, oldest first. */
    private static List<Submission> submissionsWhere(Connection c, String column, Object key) throws SQLException {
        return withTips(c, list(c, "SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE " + column
                + " = ? ORDER BY id", JdbcWorkshopStore::submissionRow, key), "s." + column + " = ?", key);
    }

    @Override
    public KeyClaim claimKey(IdempotentRequest request, String workshopId, Instant now, Instant lockedUntil,
            Instant expiresAt) {
        for (int round = 1; ; round++) {
            try {
                return sql.inTransaction(c -> IdempotencyKeys.claim(c, request, workshopId, now, lockedUntil,
                        expiresAt));
            } catch (StoreException e) {
                if (isForeignKeyViolation(e)) {
                    throw new WorkshopException(Reason.UNKNOWN_CODE); // deleted meanwhile
                }
                if (round == 3 || !isUniqueViolation(e)) {
                    throw e;
                }
                // Another request inserted the same key at the same moment: the next round reads what it holds.
            }
        }
    }

    @Override
    public void releaseKey(IdempotentRequest request, String attempt) {
        sql.inTransaction(c -> {
            IdempotencyKeys.release(c, request, attempt);
            return null;
        });
    }

    @Override
    public int releaseAbandonedKeys() {
        return sql.inTransaction(IdempotencyKeys::releaseAll);
    }

    @Override
    public boolean closeWorkshop(String workshopId, Instant at) {
        // One statement: a second closing keeps the first time, and "one row" says the workshop exists.
        return sql.inTransaction(c -> update(c, "UPDATE workshop SET closed_at = COALESCE(closed_at, ?) WHERE id = ?",
                at, workshopId) == 1);
    }

    @Override
    public boolean deleteWorkshop(String workshopId) {
        return sql.inTransaction(c -> update(c, "DELETE FROM workshop WHERE id = ?", workshopId) == 1);
    }

    @Override
    public int purgeExpired(Instant now) {
        return sql.inTransaction(c -> {
            IdempotencyKeys.purgeExpired(c, now);
            return update(c, "DELETE FROM workshop WHERE expires_at <= ?", now);
        });
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new StoreException("cannot close the workshop database", e);
        }
    }

    /** Reads the workshop while holding its row lock until the transaction ends. */
    private static Workshop lockWorkshop(Connection c, String workshopId) throws SQLException {
        return first(c, "SELECT " + WORKSHOP_COLUMNS + " FROM workshop WHERE id = ? FOR UPDATE",
                JdbcWorkshopStore::workshopRow, workshopId)
                .orElseThrow(() -> new WorkshopException(Reason.UNKNOWN_CODE));
    }

    /** Fills in the tip scores of the submissions with one query rather than one per submission. */
    private static List<Submission> withTips(Connection c, List<Submission> submissions, String where, Object key)
            throws SQLException {
        if (submissions.isEmpty()) {
            return submissions;
        }
        Map<Long, List<TipScore>> tips = new HashMap<>();
        for (Object[] row : list(c, "SELECT t.submission_id, t.tip_id, t.score, t.weight FROM submission_tip t "
                + "JOIN submission s ON s.id = t.submission_id WHERE " + where + " ORDER BY t.submission_id, t.tip_id",
                JdbcWorkshopStore::tipRow, key)) {
            tips.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((TipScore) row[1]);
        }
        List<Submission> complete = new ArrayList<>();
        for (Submission s : submissions) {
            complete.add(new Submission(s.id(), s.workshopId(), s.participantId(), s.text(), s.media(),
                    s.submittedAt(), s.score(), s.language(), tips.getOrDefault(s.id(), List.of()), s.findings()));
        }
        return complete;
    }

    private static Object[] tipRow(ResultSet row) throws SQLException {
        double score = row.getDouble("score");
        Double nullable = row.wasNull() ? null : score;
        return new Object[] {row.getLong("submission_id"),
                new TipScore(row.getString("tip_id"), nullable, row.getInt("weight"))};
    }

    private static Workshop workshopRow(ResultSet row) throws SQLException {
        WorkshopSettings settings = new WorkshopSettings(row.getString("title"), row.getString("brief"),
                Arrays.asList(row.getString("networks").split(",")), row.getString("audience"),
                row.getString("starting_post"), instant(row, "planned_at"), row.getString("time_zone"));
        return new Workshop(row.getString("id"), row.getString("join_code"), settings, row.getInt("max_participants"),
                instant(row, "created_at"), instant(row, "expires_at"), instant(row, "closed_at"));
    }

    private static Participant participantRow(ResultSet row) throws SQLException {
        return new Participant(row.getString("id"), row.getString("workshop_id"), row.getString("pseudonym"),
                instant(row, "joined_at"));
    }

    private static Submission submissionRow(ResultSet row) throws SQLException {
        return new Submission(row.getLong("id"), row.getString("workshop_id"), row.getString("participant_id"),
                row.getString("draft_text"), JsonColumns.media(row.getString("media")), instant(row, "submitted_at"),
                row.getInt("score"), row.getString("language"), List.of(),
                JsonColumns.findings(row.getString("findings")));
    }

    private static boolean isUniqueViolation(StoreException e) {
        return e.getCause() instanceof SQLException cause && Sql.UNIQUE_VIOLATION.equals(cause.getSQLState());
    }

    private static boolean isForeignKeyViolation(StoreException e) {
        return e.getCause() instanceof SQLException cause && Sql.FOREIGN_KEY_VIOLATIONS.contains(cause.getSQLState());
    }
}
