package fr.ricochet.measure;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/** User-perceived characters (extended grapheme clusters) and emoji, as ICU defines them. */
final class Graphemes {

    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);

    private Graphemes() {
    }

    /** The boundaries of every grapheme: element i is the start of grapheme i; the last is the text length. */
    static int[] boundaries(String text) {
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(text);
        int[] bounds = new int[text.length() + 1];
        int count = 0;
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            bounds[count++] = b;
        }
        return java.util.Arrays.copyOf(bounds, count);
    }

    /** The spans of the graphemes that display as emoji. */
    static List<Span> emojis(String text, int[] boundaries) {
        List<Span> emojis = new ArrayList<>();
        for (int i = 0; i + 1 < boundaries.length; i++) {
            if (isEmoji(text, boundaries[i], boundaries[i + 1])) {
                emojis.add(new Span(boundaries[i], boundaries[i + 1] - boundaries[i]));
            }
        }
        return emojis;
    }

    /**
     * A wide net for what some emoji table may count as one emoji: any non-ASCII character with an emoji
     * property, or a sequence joined or qualified as emoji.
     */
    static boolean mayBeEmoji(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (c == 0xFE0F || c == 0x20E3 || c == 0x200D || (c >= 0x80
                    && (UCharacter.hasBinaryProperty(c, UProperty.EMOJI)
                    || UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)))) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * A grapheme is an emoji when it starts with a pictograph or regional indicator, or when it asks
     * for emoji presentation (U+FE0F) or forms a keycap (U+20E3); plain digits, '#' and '*' are not.
     */
    static boolean isEmoji(String text, int start, int end) {
        int first = text.codePointAt(start);
        if (UCharacter.hasBinaryProperty(first, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(first, UProperty.REGIONAL_INDICATOR)) {
            return first > 0xFF;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\uFE0F' || c == '\u20E3') {
                return end - start > 1;
            }
        }
        return false;
    }
}
