package fr.ricochet.measure;

import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the verbs that ask the reader to do something, from the dictionary's mood and person and the tagger's
 * part of speech, not from a list of verbs.
 *
 * <p>French: a form with an imperative reading (2nd person, or 1st plural: "Partagez", "Partageons") that opens
 * its clause, or follows only "ne" and object pronouns ("Ne les jetez pas"), or opening adverbs and
 * conjunctions ("et rapportez-les"). The 2nd plural present indicative is spelt like the imperative: "vous
 * partagez" has its subject before it, so it opens no clause and is not one.
 *
 * <p>English has no imperative form: a bare form ({@code VB}) that opens a clause (sentence start, after a colon,
 * a list marker "1)" or a line break, after "please", "and", "just"...) and is not followed by a subject
 * pronoun ("Do you…" asks, it does not order).
 */
final class Imperatives {

    private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
    /** Tags of words that may stand between a clause's start and its imperative ("et", "alors", "please"). */
    private static final Set<String> OPENER_TAGS = Set.of("ADV", "INTJ");
    /**
     * What may follow an English imperative the tagger misread as a noun or preposition at a clause start
     * ("Vote for", "Grab yours", "Like this post", "Sign up", "Come join us", "Don't"): an object or a particle,
     * not a noun ("Book club tonight", "Free entry") nor a verb of its own ("Mark is back").
     */
    private static final Set<String> AFTER_ENGLISH_IMPERATIVE = Set.of("PRON", "DET", "ADP", "ADV", "PART");
    private static final Set<WordClass> OPENER_CLASSES = Set.of(WordClass.ADVERB, WordClass.INTERJECTION);
    /**
     * An English pronoun that is an object as often as a subject: after a bare verb it makes a question only when
     * the clause asks one ("Does it work?"), else it is the verb's object ("Try it", "Read it here", "Check it
     * out"). "you" stays a subject: "Do you…" asks, even without its question mark.
     */
    private static final Set<String> SUBJECT_OR_OBJECT = Set.of("it");
    /** Elided forms the French dictionary lists in full ("n'" for "ne", "l'" for "le"...). */
    private static final Set<String> FRENCH_NEGATION = Set.of("ne", "n'", "n’");

    private Imperatives() {
    }

    static List<Token> mark(String text, List<Token> tokens, Language language) {
        boolean english = language == Language.EN;
        List<Token> marked = new ArrayList<>(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            boolean imperative = english ? englishImperative(text, marked, i) : frenchImperative(text, marked, i);
            if (imperative) {
                marked.set(i, tokens.get(i).asImperative());
            }
        }
        return List.copyOf(marked);
    }

    private static boolean frenchImperative(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean imperativeForm = token.readings().stream().anyMatch(Imperatives::addressesReader);
        if (!imperativeForm) {
            return false;
        }
        boolean plural = token.readings().stream().anyMatch(r -> r.isImperative() && r.person() == Person.SECOND
                && r.number() == GrammaticalNumber.PLURAL);
        boolean verbOnly = token.readings().stream().noneMatch(Analysis::isNoun);
        // "-ez" forms are verbs whatever the tagger says; "Marie", "Partage" need the tagger to agree.
        if (!VERB_TAGS.contains(token.tag()) && !(plural && verbOnly)) {
            return false;
        }
        int j = i - 1;
        boolean clitics = false;
        while (j >= 0 && !boundaryBetween(text, tokens, j, j + 1) && isObjectClitic(tokens.get(j))) {
            clitics = true;
            j--;
        }
        if (j >= 0 && !boundaryBetween(text, tokens, j, j + 1)
                && FRENCH_NEGATION.contains(tokens.get(j).text().toLowerCase(Locale.FRENCH))) {
            j--;
        } else if (clitics) {
            return false; // "vous partagez", "nous vous attendons": a subject or object before an affirmative verb
        }
        return opensClause(text, tokens, j);
    }

    private static boolean englishImperative(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.readings().stream().noneMatch(r -> r.mood() == Mood.BASE)) {
            return false;
        }
        Token next = i + 1 < tokens.size() && !boundaryBetween(text, tokens, i, i + 1) ? tokens.get(i + 1) : null;
        if (next != null && next.readings().stream().anyMatch(Analysis::subjectPronoun)
                && !"us".equalsIgnoreCase(next.text())
                && (!SUBJECT_OR_OBJECT.contains(next.text().toLowerCase(Locale.ROOT)) || asks(text, next))) {
            return false; // "Do you…", "Can we…": a question
        }
        boolean verb = VERB_TAGS.contains(token.tag()) || next != null && (AFTER_ENGLISH_IMPERATIVE.contains(next.tag())
                || "VERB".equals(next.tag()) && next.readings().stream().anyMatch(r -> r.mood() == Mood.BASE));
        return verb && opensClause(text, tokens, i - 1);
    }

    /** Whether the clause going on after this token ends with a question mark. */
    private static boolean asks(String text, Token token) {
        for (int i = token.offset() + token.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '\uFF1F') {
                return true;
            }
            if (c == '.' || c == '!' || c == ':' || c == ';' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** French imperative readings that speak to the reader: 2nd person, or 1st plural ("Agissons"). */
    private static boolean addressesReader(Analysis reading) {
        return reading.isImperative() && (reading.person() == Person.SECOND
                || reading.person() == Person.FIRST && reading.number() == GrammaticalNumber.PLURAL);
    }

    private static boolean isObjectClitic(Token token) {
        return !token.readings().isEmpty() && token.readings().stream()
                .allMatch(r -> r.wordClass() == WordClass.PRONOUN || r.wordClass() == WordClass.DETERMINER)
                && token.readings().stream().anyMatch(r -> r.tag().contains("pers obj"));
    }

    /**
     * Whether the tokens up to {@code last} (inclusive) end a clause, or are only openers after a clause end:
     * adverbs and interjections ("Alors", "So", "Please"). A coordinating conjunction opens a new clause when
     * the verb before it is an imperative too ("Ne les jetez pas et rapportez-les"), not when it shares a subject
     * ("We open at 7pm and close at 9pm").
     */
    private static boolean opensClause(String text, List<Token> tokens, int last) {
        for (int j = last; j >= 0; j--) {
            if (boundaryBetween(text, tokens, j, j + 1)) {
                return true;
            }
            Token before = tokens.get(j);
            if ("CCONJ".equals(before.tag())) {
                return previousVerbIsImperative(text, tokens, j - 1);
            }
            boolean opener = OPENER_TAGS.contains(before.tag())
                    || before.readings().stream().anyMatch(r -> OPENER_CLASSES.contains(r.wordClass()))
                    && !"PRON".equals(before.tag()) && !"DET".equals(before.tag()) && !before.isNoun();
            if (!opener) {
                return false;
            }
        }
        return true;
    }

    /** Whether the last verb of the clause ending at {@code last} is an imperative, or that clause has no verb. */
    private static boolean previousVerbIsImperative(String text, List<Token> tokens, int last) {
        for (int j = last; j >= 0; j--) {
            Token before = tokens.get(j);
            if (before.imperative()) {
                return true;
            }
            if (VERB_TAGS.contains(before.tag()) || boundaryBetween(text, tokens, j - 1, j)) {
                return !VERB_TAGS.contains(before.tag());
            }
        }
        return true;
    }

    /**
     * A clause boundary just before token {@code next}: a mark that is not a word (".", ":", ")", "-", "•"),
     * a line break, or anything that is not a token between them (an emoji, a mention, a link, a hashtag).
     */
    private static boolean boundaryBetween(String text, List<Token> tokens, int previous, int next) {
        if (previous < 0) {
            return true;
        }
        Token before = tokens.get(previous);
        if (!before.isWord()) {
            return !isApostrophe(before.text());
        }
        int to = next < tokens.size() ? tokens.get(next).offset() : text.length();
        if (endsASentence(before.text()) && next < tokens.size()
                && Character.isUpperCase(tokens.get(next).text().codePointAt(0))) {
            return true; // the tokenizer kept the full stop on a word it took for an abbreviation ("sync. Try it")
        }
        for (int c = before.end(); c < to; c++) {
            if (!Character.isWhitespace(text.charAt(c)) || text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsASentence(String word) {
        char last = word.charAt(word.length() - 1);
        return word.length() > 1 && (last == '.' || last == '!' || last == '?');
    }

    private static boolean isApostrophe(String mark) {
        return "'".equals(mark) || "’".equals(mark);
    }
}
