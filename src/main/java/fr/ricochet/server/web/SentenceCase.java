package fr.ricochet.server.web;

/**
 * A message shown on its own on a page starts with a capital letter. The API's field messages start in lower case
 * because clients put the field's name before them ("text: must be…"); pages show them as sentences.
 */
public final class SentenceCase {

    private SentenceCase() {
    }

    public static String of(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        int first = message.codePointAt(0);
        return new StringBuilder(message.length()).appendCodePoint(Character.toTitleCase(first))
                .append(message, Character.charCount(first), message.length()).toString();
    }
}
