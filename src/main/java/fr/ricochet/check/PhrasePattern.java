package fr.ricochet.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase pattern of {@code rules/}, matched case-insensitively, with the table of where its matches can
 * begin: searching gives exactly the non-empty matches {@link Matcher#find()} gives, trying the pattern only
 * where the table lets it.
 */
record PhrasePattern(Pattern pattern, StartTable table) {

    /** A match, as UTF-16 indexes into the text. */
    record Match(int start, int end) {
    }

    /** Compiles a phrase; a bad expression throws {@link java.util.regex.PatternSyntaxException}. */
    static PhrasePattern compile(String regex) {
        Pattern pattern = Pattern.compile(regex,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        return new PhrasePattern(pattern, StartTable.of(pattern));
    }

    /** Every non-empty match in the text, in order, never overlapping. */
    List<Match> matches(String text) {
        return matches(text, table == null ? null : StartTable.codes(text));
    }

    /** The same, with the text's {@link StartTable#codes}, made once for all the patterns searched in it. */
    List<Match> matches(String text, int[] codes) {
        List<Match> matches = new ArrayList<>(2);
        Matcher matcher = pattern.matcher(text);
        if (table == null) {
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    matches.add(new Match(matcher.start(), matcher.end()));
                }
            }
            return matches;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int start = 0; start < length; start++) {
            if (table.mayStartAt(codes, start) && matcher.region(start, length).lookingAt()
                    && matcher.end() > start) {
                matches.add(new Match(start, matcher.end()));
                start = matcher.end() - 1;
            }
        }
        return matches;
    }

    /** How many times the phrase appears in the text whose {@link StartTable#codes} these are. */
    int count(String text, int[] codes) {
        return matches(text, codes).size();
    }
}
