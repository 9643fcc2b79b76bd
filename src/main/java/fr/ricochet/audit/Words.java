package fr.ricochet.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A post's words as the text signals compare them: lower case, without punctuation, links apart. */
final class Words {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’_-]*");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

    private Words() {
    }

    /** The words as written, links left out: for an opening quoted back to the reader. */
    static List<String> asWritten(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(LINK.matcher(text == null ? "" : text).replaceAll(" "));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** Lower case, links left out: two openings that differ only by case or punctuation are the same. */
    static List<String> normalised(String text) {
        return asWritten(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * For near-duplicates: every link is the word "url" and every number "0", since a template changes exactly
     * those (a decision's number, its link) while its words stay.
     */
    static List<String> template(String text) {
        String linked = LINK.matcher(text == null ? "" : text).replaceAll(" url ");
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(linked);
        while (word.find()) {
            words.add(DIGITS.matcher(word.group().toLowerCase(Locale.ROOT)).replaceAll("0"));
        }
        return words;
    }

    /** Words besides links, mentions and hashtags: what a person wrote around a shared link. */
    static int ownWords(String text) {
        String plain = LINK.matcher(text == null ? "" : text).replaceAll(" ").replaceAll("[@#][\\p{L}\\p{N}_]+", " ");
        return asWritten(plain).size();
    }

    static boolean hasLink(String text) {
        return text != null && LINK.matcher(text).find();
    }
}
