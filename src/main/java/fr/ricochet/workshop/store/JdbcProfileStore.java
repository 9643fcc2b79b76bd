package fr.ricochet.workshop.store;

import static fr.ricochet.workshop.store.Sql.first;
import static fr.ricochet.workshop.store.Sql.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.ricochet.request.ProfileLookup;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileWriter;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Calibration profiles stored by id, in the workshops' database (H2 or PostgreSQL). An id is 128 random bits in
 * base32, so it cannot be guessed; nothing lists the profiles, which describe other people's accounts.
 */
public final class JdbcProfileStore implements ProfileLookup {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int ID_BITS = 128;
    /** What {@link #newId()} writes: 26 base32 characters, checked before any query. */
    private static final Pattern ID = Pattern.compile("[a-z2-7]{26}");
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final Sql sql;

    JdbcProfileStore(Sql sql) {
        this.sql = sql;
    }

    /** Stores a profile already validated; returns it with its new id. */
    public CalibrationProfile insert(CalibrationProfile profile, Instant now) {
        CalibrationProfile stored = profile.withId(newId());
        sql.inTransaction(c -> update(c, "INSERT INTO calibration_profile (id, body, created_at) VALUES (?, ?, ?)",
                stored.id(), ProfileWriter.json(stored), now));
        return stored;
    }

    @Override
    public Optional<CalibrationProfile> find(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        if (!ID.matcher(key).matches()) {
            return Optional.empty();
        }
        return sql.inTransaction(c -> first(c, "SELECT body FROM calibration_profile WHERE id = ?",
                row -> read(row.getString("body")), key));
    }

    /** @return whether there was such a profile */
    public boolean delete(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        return ID.matcher(key).matches()
                && sql.inTransaction(c -> update(c, "DELETE FROM calibration_profile WHERE id = ?", key) == 1);
    }

    static String newId() {
        byte[] random = new byte[ID_BITS / 8];
        RANDOM.nextBytes(random);
        StringBuilder id = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : random) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                id.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            id.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return id.toString();
    }

    private static CalibrationProfile read(String body) {
        try {
            return JSON.readValue(body, CalibrationProfile.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored calibration profile cannot be read back", e);
        }
    }
}
