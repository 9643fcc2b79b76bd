package fr.ricochet.audit;

/**
 * An account's handle as people write it. X's and Mastodon's exports name the account without its {@code @}
 * ({@code musee_des_images}); the report, the profile and the editor's "Calibrated on" mark show
 * {@code @musee_des_images}. A Bluesky DID, which is no handle one types, stays as it is. The report's JSON keeps the
 * export's own spelling, which the mention signals compare against.
 */
public final class Handles {

    private Handles() {
    }

    /** The handle with its {@code @}, or null when the archive named none. */
    public static String shown(String handle) {
        if (handle == null || handle.isBlank()) {
            return null;
        }
        String name = handle.strip();
        return name.startsWith("@") || name.startsWith("did:") ? name : "@" + name;
    }
}
