package fr.ricochet.workshop;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: six characters a trainer can read aloud and participants type without doubt. The alphabet leaves out
 * the look-alikes 0/O, 1/I/L; participants may type them in lower case, with spaces or a dash.
 */
public final class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    /** A new random code; uniqueness is the store's job (it refuses a code in use and the caller draws again). */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what a participant typed: upper case, without spaces or dashes. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** {@code ABC-DEF}: easier to read aloud and to copy from a slide. */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, 3) + "-" + code.substring(3) : code;
    }
}
