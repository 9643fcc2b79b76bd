package fr.ricochet.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secrets behind the trainer link and each participant's access. A token reads {@code <id>.<secret>}: the id
 * says which workshop or participant it opens, the secret (256 random bits) proves the right to. Only the SHA-256 of
 * the secret is stored, so a copy of the database opens nothing, and it is compared in constant time so that
 * response times reveal nothing about it.
 */
public final class Tokens {

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A token just issued: give {@code token} to its holder once, store {@code hash}. */
    public record Issued(String token, byte[] hash) {
    }

    /** A token taken apart; {@code ownerId} is still to be checked against the stored hash. */
    public record Presented(String ownerId, String secret) {
    }

    private Tokens() {
    }

    public static Issued issue(String ownerId) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = ENCODER.encodeToString(secret);
        return new Issued(ownerId + "." + encoded, hash(encoded));
    }

    /** Empty when the token cannot be one of ours, whatever it holds. */
    public static Optional<Presented> parse(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Presented(token.substring(0, dot), token.substring(dot + 1)));
    }

    /** True when the secret hashes to the stored hash; the comparison takes the same time wherever they differ. */
    public static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
