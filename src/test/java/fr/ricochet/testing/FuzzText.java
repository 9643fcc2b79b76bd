package fr.ricochet.testing;

import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's bytes into the text of a draft. The bytes are read as UTF-8, and a Java escape
 * {@code \}{@code uXXXX} stands for that UTF-16 unit: UTF-8 alone cannot hold a lone surrogate half, which a JSON
 * request can ({@code "\ud83d"}), and the committed inputs stay readable with control characters and joiners
 * spelled out.
 */
public final class FuzzText {

    /** Drafts are at most 10,000 characters long; longer inputs only slow the fuzzer down. */
    public static final int MAX_UNITS = 10_000;

    private FuzzText() {
    }

    public static String decode(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder(Math.min(utf8.length(), MAX_UNITS));
        for (int i = 0; i < utf8.length() && text.length() < MAX_UNITS; i++) {
            char c = utf8.charAt(i);
            if (c == '\\' && i + 6 <= utf8.length() && utf8.charAt(i + 1) == 'u' && isHex(utf8, i + 2, i + 6)) {
                text.append((char) Integer.parseInt(utf8.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
