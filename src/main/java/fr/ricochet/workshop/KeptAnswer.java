package fr.ricochet.workshop;

/**
 * What the store writes for an idempotency key in the transaction of the write it answers, so that both are stored or
 * neither.
 *
 * @param attempt the claim's proof: when another request took the key over meanwhile, nothing is written
 * @param sealed  the headers and body, sealed with AES-GCM under a key derived from the client's key
 */
public record KeptAnswer(byte[] lookup, String attempt, int status, String sealed) {
}
