package fr.ricochet.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the words and patterns of {@code time/references.yaml} become regular expressions, shared by the
 * loader (which checks them) and the reader (which runs them), so both see exactly the same expressions.
 */
public final class TimePatterns {

    /** Any case, any script's spaces and digits: French writes "18 h" with a no-break space. */
    public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(k<|[1-9])");

    private TimePatterns() {
    }

    /**
     * One alternative per word, longest first so "à partir de" wins over "à"; a word is matched whole
     * (no letter or digit may touch its ends), a space matches any run of spaces, ' matches ’ too.
     */
    public static String words(Collection<String> words) {
        return words.stream().map(TimePatterns::normalize).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(TimePatterns::word).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The form a matched word is looked up under: lower case, one plain space, straight apostrophe. */
    public static String normalize(String text) {
        return text.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String word(String word) {
        StringBuilder regex = new StringBuilder();
        if (Character.isLetterOrDigit(word.codePointAt(0))) {
            regex.append("(?<![\\p{L}\\p{N}])");
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ' ') {
                regex.append("\\s+");
            } else if (c == '\'') {
                regex.append("['’]");
            } else if (Character.isLetterOrDigit(c)) {
                regex.append(c);
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (Character.isLetterOrDigit(word.codePointBefore(word.length()))) {
            regex.append("(?![\\p{L}\\p{N}])");
        }
        return regex.toString();
    }

    /** A date pattern with {@code {month}} replaced by every month name of the language. */
    public static String date(String pattern, TimeVocabulary vocabulary) {
        return pattern.replace(TimeVocabulary.MONTH_PLACEHOLDER,
                words(vocabulary.months().stream().flatMap(java.util.List::stream).toList()));
    }

    /** The groups a pattern names, in order. */
    public static Set<String> groups(String pattern) {
        Set<String> names = new LinkedHashSet<>();
        Matcher group = NAMED_GROUP.matcher(pattern);
        while (group.find()) {
            names.add(group.group(1));
        }
        return names;
    }

    /** The pattern with each group renamed {@code prefix + name}, so several patterns fit in one expression. */
    public static String renameGroups(String pattern, String prefix) {
        return NAMED_GROUP.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement("(?<" + prefix + m.group(1) + ">"));
    }

    static boolean hasBackReference(String pattern) {
        return BACK_REFERENCE.matcher(pattern).find();
    }
}
