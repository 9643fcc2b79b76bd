package fr.ricochet.workshop;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A request made idempotent by its key, as the store sees it: three HMAC-SHA-256 digests keyed by the client's
 * {@link IdempotencyKey}, never the key itself. The scope says who sent the key to which endpoint, so that two clients
 * with the same key find different rows.
 *
 * @param lookup      names the row of this key in this scope
 * @param sealKey     the AES key the stored answer is sealed with: a copy of the database cannot read the tokens it
 *                    holds without the client's key
 * @param fingerprint the request itself (its canonical body in that scope): the same key with another request is
 *                    refused
 */
public record IdempotentRequest(byte[] lookup, byte[] sealKey, byte[] fingerprint) {

    /**
     * @param scope            who sent the key to which endpoint, e.g. {@code POST /api/v1/workshops/K7M2QX/submissions
     *                         participant=<id>}
     * @param canonicalRequest the request's body in a canonical form, so that retries that differ only in spacing or
     *                         key order match
     */
    public static IdempotentRequest of(IdempotencyKey key, String scope, byte[] canonicalRequest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.value().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] lookup = mac.doFinal(("lookup\n" + scope).getBytes(StandardCharsets.UTF_8));
            byte[] seal = mac.doFinal(("seal\n" + scope).getBytes(StandardCharsets.UTF_8));
            mac.update(("request\n" + scope + "\n").getBytes(StandardCharsets.UTF_8));
            return new IdempotentRequest(lookup, seal, mac.doFinal(canonicalRequest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
