package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.LanguageMatch;
import fr.ricochet.measure.Span;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a post writes that is no language at all, or that LanguageTool's grammar misreads: hashtags, mentions and
 * handles as every network writes them, links, cashtags, emoji, inclusive French, and names in mid-sentence.
 *
 * @param text the draft
 * @param untouchable spans never to correct: the entities, emoji, handles and inclusive words
 * @param inclusive the inclusive words alone
 */
record PostConventions(String text, List<Span> untouchable, List<Span> inclusive) {

    /** A handle as any network writes one (@lena.bsky.social, @camille-roy, @ami@mastodon.social), or a $tag. */
    private static final Pattern HANDLE = Pattern.compile("[@$][\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*(?:@[\\p{L}\\p{N}.\\-]+)?");

    /**
     * Inclusive French: a word with its feminine and plural endings after a middle dot or a full stop
     * (chargé·e·s, citoyen.ne.s), or in brackets (candidat(e)s). LanguageTool reads the pieces as broken words.
     */
    private static final Pattern INCLUSIVE = Pattern.compile(
            "\\p{L}+(?:[·•‧⋅][\\p{L}]{1,5}|\\.(?:e|es|s|ne|nes|le|les|se|ses|rice|rices|trice|trices|euse|euses|ère|ères"
            + "|ve|ves|fe|fes|te|tes|x)\\b)+|\\p{L}+\\((?:e|es|ne|le|se|s|rice|euse|ère)\\)s?");

    static PostConventions of(Facts facts) {
        List<Span> inclusive = inclusiveWords(facts.text());
        return new PostConventions(facts.text(), untouchable(facts, inclusive), inclusive);
    }

    /** Whether this match is about one of these conventions rather than a mistake. */
    boolean excuse(LanguageMatch match) {
        return LanguageCheck.overlapsAny(match, untouchable) || readsANameAsAWord(text, match)
                || followsInclusiveWord(text, match, inclusive);
    }

    private static List<Span> inclusiveWords(String text) {
        return INCLUSIVE.matcher(text).results().map(r -> new Span(r.start(), r.end() - r.start())).toList();
    }

    private static List<Span> untouchable(Facts facts, List<Span> inclusive) {
        Stream<Span> handles = HANDLE.matcher(facts.text()).results().map(r -> new Span(r.start(), r.end() - r.start()));
        return Stream.of(facts.entities().stream().map(Entity::span), facts.emojis().stream(),
                facts.gluedHashtags().stream(), inclusive.stream(), handles).flatMap(s -> s).toList();
    }

    /**
     * A grammar match that takes in a capitalised word in mid-sentence: LanguageTool reads the name ("l'hôpital
     * Nord", "un Éthiopie", a market's name) as a common noun and its agreement as a mistake.
     */
    private static boolean readsANameAsAWord(String text, LanguageMatch match) {
        if (match.unknownWord()) {
            return false;
        }
        for (int i = match.offset(); i < match.end(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                    && !endsSentence(text, i - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int before) {
        int i = before;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?…\n\r".indexOf(text.charAt(i)) >= 0 || Character.isSurrogate(text.charAt(i));
    }

    /** A match starting right after an inclusive word reads its ending ("régisseur·se") as a word of its own. */
    private static boolean followsInclusiveWord(String text, LanguageMatch match, List<Span> inclusive) {
        return inclusive.stream().anyMatch(word -> word.end() <= match.offset()
                && text.substring(word.end(), match.offset()).isBlank());
    }
}
