package fr.ricochet.workshop;

/**
 * The key a client sends in {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header) so that a retry of a
 * creation, a join or a submission gets the first answer instead of storing twice. A UUID is the usual choice: the
 * key is never stored, only digests made with it, and the stored answer is sealed under it.
 *
 * @param value 1 to {@value #MAX_LENGTH} printable ASCII characters (space to {@code ~}), not only spaces
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_LENGTH
                    + " printable ASCII characters");
        }
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || value.isBlank()) {
            return false;
        }
        return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** Never the key itself: it is as good as a password for the answer it keeps. */
    @Override
    public String toString() {
        return "IdempotencyKey[" + value.length() + " characters]";
    }
}
