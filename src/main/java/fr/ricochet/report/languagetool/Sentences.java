package fr.ricochet.report.languagetool;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a draft as LanguageTool's {@code sentenceRanges} give them: [from, to) without the blanks
 * around them. ICU's sentence rules, read the way LanguageTool's segmentation reads a post: a line break ends a
 * sentence only after a sentence's end or as a blank line (so "Bonjour,\nle conseil…" stays one sentence), and a
 * closing quote after the full stop belongs to the sentence it closes ("… yeux. » Marcel Proust").
 */
final class Sentences {

    private static final String TERMINATORS = ".!?…‼⁇⁈⁉。！？";
    private static final String CLOSERS = "»”’\")]}";
    /** Built once (loading the rules and the abbreviations takes a while); each text gets a clone of its own. */
    private static final BreakIterator FRENCH = BreakIterator.getSentenceInstance(new ULocale("fr@ss=standard"));
    private static final BreakIterator ENGLISH = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    private Sentences() {
    }

    /** @return [from, to) pairs in order, each holding at least one non-blank character */
    static List<int[]> of(String text, Language language) {
        BreakIterator breaks = (BreakIterator) (language == Language.EN ? ENGLISH : FRENCH).clone();
        breaks.setText(text);
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < text.length() && !endsSentence(text, end)) {
                continue;
            }
            addTrimmed(text, start, end, ranges);
            start = end;
        }
        return ranges;
    }

    /** Whether ICU's break at {@code at} (after the blanks that follow a sentence) is one for LanguageTool too. */
    private static boolean endsSentence(String text, int at) {
        int last = at;
        while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        String blanks = text.substring(last, at);
        if (blanks.indexOf('\n') != blanks.lastIndexOf('\n') || startsBlankLine(text, at)) {
            return true;
        }
        while (last > 0 && CLOSERS.indexOf(text.charAt(last - 1)) >= 0) {
            last--;
        }
        return last > 0 && TERMINATORS.indexOf(text.charAt(last - 1)) >= 0;
    }

    private static boolean startsBlankLine(String text, int at) {
        int next = at;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && text.charAt(next) == '\n' && at > 0 && text.charAt(at - 1) == '\n';
    }

    /** Adds the range without its blanks; a closing quote that opens it goes to the sentence before. */
    private static void addTrimmed(String text, int start, int end, List<int[]> ranges) {
        int from = skipBlanks(text, start, end);
        if (!ranges.isEmpty()) {
            int closer = from;
            while (closer < end && CLOSERS.indexOf(text.charAt(closer)) >= 0) {
                closer++;
            }
            if (closer > from && (closer == end || Character.isWhitespace(text.charAt(closer)))) {
                ranges.get(ranges.size() - 1)[1] = closer;
                from = skipBlanks(text, closer, end);
            }
        }
        int to = end;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            ranges.add(new int[] {from, to});
        }
    }

    private static int skipBlanks(String text, int from, int end) {
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }
}
