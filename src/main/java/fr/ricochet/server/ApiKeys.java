package fr.ricochet.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, against
 * every key without stopping early, so neither the content nor the length of a key leaks through timing.
 */
final class ApiKeys {

    /** How the label of a matched key begins ("key-1"...); no IP label does. */
    static final String LABEL = "key-";

    private final List<byte[]> digests;

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(ApiKeys::sha256).toList();
    }

    boolean required() {
        return !digests.isEmpty();
    }

    /**
     * @return a label naming which key matched ("key-1"...), for the rate limiter; never the key itself
     */
    Optional<String> identify(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = sha256(presented);
        int found = -1;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), digest)) {
                found = i;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(LABEL + (found + 1));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
