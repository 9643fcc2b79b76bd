package fr.ricochet.measure;

import java.util.Map;

/** How a letter typed in a hashtag may be read in the dictionary: as written, as a capital, with an accent. */
final class Letters {

    private static final Map<Character, String> ACCENTED = Map.of(
            'a', "àâä", 'e', "éèêë", 'i', "îï", 'o', "ôö", 'u', "ùûü", 'c', "ç", 'y', "ÿ");

    private Letters() {
    }

    /** The letter itself, its capital at the start of a word, and (when asked) its accented forms. */
    static char[] readings(char written, boolean wordStart, boolean accents) {
        String accented = accents ? ACCENTED.getOrDefault(written, "") : "";
        StringBuilder readings = new StringBuilder().append(written);
        if (wordStart && Character.isLowerCase(written)) {
            readings.append(Character.toUpperCase(written));
        }
        readings.append(accented);
        return readings.toString().toCharArray();
    }

    static boolean accented(char written, char read) {
        return written != read && Character.toLowerCase(read) != written;
    }
}
