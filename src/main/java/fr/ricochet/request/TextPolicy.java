package fr.ricochet.request;

import java.util.Optional;

/**
 * The one policy on every text that is stored or answered (a draft, a workshop's title, brief and starting post,
 * a pseudonym, an image's alternative text): any Unicode text except the NUL character, which PostgreSQL cannot
 * store, and a lone surrogate, which is no character at all and which a database would turn into "?". Refused
 * before anything is stored, so that every database holds, and every answer echoes, exactly the text received.
 */
public final class TextPolicy {

    private TextPolicy() {
    }

    /** @return the field error to report, or empty when the text may be stored as it is */
    public static Optional<FieldError> check(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(new FieldError(field, "contains a NUL character (U+0000), at character " + (i + 1)
                        + "; any other Unicode character is allowed", "contient un caractère NUL (U+0000), au "
                        + "caractère " + (i + 1) + " ; tout autre caractère Unicode est permis"));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new FieldError(field, "contains a lone surrogate (U+" + Integer.toHexString(c)
                        .toUpperCase(java.util.Locale.ROOT) + "), at character " + (i + 1) + ", which is not a "
                        + "character; send valid Unicode text", "contient une demi-paire de substitution isolée (U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + "), au caractère " + (i + 1)
                        + ", qui n'est pas un caractère ; envoyez un texte Unicode valide"));
            }
        }
        return Optional.empty();
    }
}
