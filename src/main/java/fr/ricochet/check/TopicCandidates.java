package fr.ricochet.check;

import fr.ricochet.measure.Analysis;
import fr.ricochet.measure.Mood;
import fr.ricochet.measure.Token;
import fr.ricochet.measure.WordClass;
import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The draft's own topics that could become hashtags: nouns and proper nouns (tagger and dictionary agreeing),
 * multi-word names and compound nouns kept whole ("la Nuit de la lecture" → #NuitDeLaLecture, "jeux de société"
 * → #JeuxDeSociété, "book club" → #BookClub), one form per lemma ("livre", "livres"). Never a word from inside
 * an expression ("société" alone, "Entrée" of "Entrée libre"), a greeting, a determiner, a verb, a day or time,
 * nor, in a reply, the name of the person answered.
 */
final class TopicCandidates {

    /**
     * @param words the tokens, in order
     * @param name a capitalised name (several words, or a proper noun)
     */
    record Candidate(List<Token> words, boolean name) {

        int offset() {
            return words.get(0).offset();
        }

        int end() {
            return words.get(words.size() - 1).end();
        }

        String text(String draft) {
            return draft.substring(offset(), end());
        }

        /** The hashtag: the words in CamelCase, apostrophes dropped ("Nuit de la lecture" → NuitDeLaLecture). */
        String tag() {
            if (words.size() == 1) {
                return words.get(0).text();
            }
            StringBuilder tag = new StringBuilder();
            for (Token word : words) {
                String letters = word.text().replaceAll("[^\\p{L}\\p{N}]", "");
                if (!letters.isEmpty()) {
                    tag.appendCodePoint(Character.toUpperCase(letters.codePointAt(0)))
                            .append(letters.substring(Character.charCount(letters.codePointAt(0))));
                }
            }
            return tag.toString();
        }

        int letters() {
            return (int) words.stream().flatMap(w -> w.text().codePoints().boxed()).filter(Character::isLetter).count();
        }
    }

    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    /** Tags that never continue an English compound noun. */
    private static final Set<String> NOT_IN_COMPOUND = Set.of("VERB", "AUX", "DET", "ADP", "PRON", "CCONJ", "SCONJ",
            "PUNCT", "NUM", "PART", "INTJ", "SYM");

    private final HashtagCountCheck.Settings settings;
    private final Draft draft;
    private final List<Token> tokens;
    private final Set<String> joiners;
    private final Set<String> determiners;
    private final boolean english;

    private TopicCandidates(HashtagCountCheck.Settings settings, Draft draft) {
        this.settings = settings;
        this.draft = draft;
        this.tokens = draft.facts().tokens();
        this.english = draft.language() == Language.EN;
        this.joiners = lower(settings.joiners().getOrDefault(draft.language().code(), List.of()));
        this.determiners = lower(settings.nameDeterminers().getOrDefault(draft.language().code(), List.of()));
    }

    /** Names first, then proper nouns, compounds and the longest nouns; at most {@code settings.candidates()}. */
    static List<Candidate> find(HashtagCountCheck.Settings settings, Draft draft) {
        return new TopicCandidates(settings, draft).find();
    }

    private List<Candidate> find() {
        Set<String> existing = new HashSet<>();
        draft.facts().hashtags().forEach(t -> existing.add(t.value().toLowerCase(Locale.ROOT)));
        boolean reply = draft.facts().opensOnMention();
        Map<String, Candidate> byLemma = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!startsTopic(i)) {
                continue;
            }
            int start = i;
            int end = english ? englishCompoundEnd(start) : frenchCompoundEnd(start);
            Candidate candidate = new Candidate(tokens.subList(start, end), isName(start, end));
            i = end - 1;
            if (end - start == 1 && !english && followedByAdjective(end)) {
                continue; // "Entrée libre", "réseaux sociaux": the noun alone says something else
            }
            if (acceptable(candidate, existing, reply)) {
                byLemma.putIfAbsent(lemmaKey(candidate), candidate);
            }
        }
        return byLemma.values().stream()
                .sorted(Comparator.comparingInt((Candidate c) -> rank(c)).thenComparing(c -> -c.letters()))
                .limit(settings.candidates()).toList();
    }

    private static int rank(Candidate candidate) {
        if (candidate.name()) {
            return candidate.words().size() > 1 ? 0 : 1;
        }
        return candidate.words().size() > 1 ? 2 : 3;
    }

    /** A noun, or a capitalised adjective opening an English name ("Central Library"). */
    private boolean startsTopic(int i) {
        Token token = tokens.get(i);
        if (!token.isWord() || token.imperative()) {
            return false;
        }
        if (NOUN_TAGS.contains(token.tag())) {
            boolean noun = !token.isKnown() || token.hasReading(WordClass.NOUN) || token.hasReading(WordClass.PROPER_NOUN);
            return noun && !adjectiveBeforeNoun(i) && !participleAfterAuxiliary(i);
        }
        if ("VERB".equals(token.tag()) && token.hasReading(WordClass.NOUN) && afterDeterminer(i)) {
            return true; // "Votre commande est partie": the tagger took "commande" for a verb
        }
        return english && "ADJ".equals(token.tag()) && capitalised(token) && !sentenceStart(i)
                && i + 1 < tokens.size() && !gapBefore(i + 1) && capitalised(tokens.get(i + 1))
                && NOUN_TAGS.contains(tokens.get(i + 1).tag());
    }

    /** "Nouveaux livres": a word that may be an adjective, right before a noun, is one. */
    private boolean adjectiveBeforeNoun(int i) {
        Token token = tokens.get(i);
        boolean mayBeName = capitalised(token) && !sentenceStart(i);
        return !mayBeName && token.hasReading(WordClass.ADJECTIVE) && i + 1 < tokens.size() && !gapBefore(i + 1)
                && NOUN_TAGS.contains(tokens.get(i + 1).tag());
    }

    /** "est partie", "has shipped": a participle after a form of être, avoir, be or have is a verb. */
    private boolean participleAfterAuxiliary(int i) {
        if (i == 0 || gapBefore(i) || tokens.get(i).readings().stream().noneMatch(r -> r.mood() == Mood.PARTICIPLE)) {
            return false;
        }
        return tokens.get(i - 1).readings().stream().anyMatch(r -> r.isVerb()
                && settings.auxiliaries().getOrDefault(draft.language().code(), List.of()).contains(r.lemma()));
    }

    private boolean afterDeterminer(int i) {
        if (i == 0 || gapBefore(i)) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        return "DET".equals(previous.tag()) || previous.isKnown()
                && previous.readings().stream().allMatch(r -> r.wordClass() == WordClass.DETERMINER);
    }

    /**
     * French compounds: a noun, a joining word ("de", "à") and a noun without a determiner ("jeux de société",
     * "ateliers de cuisine"); after a capitalised name, a determiner may follow the joiner ("Nuit de la lecture"),
     * which ends the name ("la Nuit de la lecture | à la médiathèque").
     */
    private int frenchCompoundEnd(int start) {
        boolean name = capitalised(tokens.get(start)) && !sentenceStart(start);
        int end = start + 1;
        while (end < tokens.size() && end - start < settings.maxTagWords()) {
            int next = end;
            if (gapBefore(next) || !joiners.contains(lower(tokens.get(next)))) {
                break;
            }
            next++;
            boolean determiner = name && next < tokens.size() && !gapBefore(next)
                    && determiners.contains(lower(tokens.get(next)));
            if (determiner) {
                next++;
            }
            if (next >= tokens.size() || gapBefore(next) || !isCommonNoun(tokens.get(next))
                    || next + 1 - start > settings.maxTagWords()) {
                break;
            }
            end = next + 1;
            if (determiner) {
                break;
            }
        }
        return end;
    }

    /** English compounds: nouns in a row ("book club", "Board Game Night"); "of" inside a capitalised name. */
    private int englishCompoundEnd(int start) {
        boolean name = capitalised(tokens.get(start)) && !sentenceStart(start);
        int end = start + 1;
        while (end < tokens.size() && end - start < settings.maxTagWords() && !gapBefore(end)) {
            Token next = tokens.get(end);
            boolean noun = NOUN_TAGS.contains(next.tag()) || !NOT_IN_COMPOUND.contains(next.tag())
                    && next.hasReading(WordClass.NOUN) && !next.hasReading(WordClass.ADJECTIVE);
            if (noun && next.isWord() && !isTime(next)) {
                end++;
            } else if (name && joiners.contains(lower(next)) && end + 1 < tokens.size() && !gapBefore(end + 1)
                    && capitalised(tokens.get(end + 1)) && NOUN_TAGS.contains(tokens.get(end + 1).tag())) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean isName(int start, int end) {
        Token head = tokens.get(start);
        if (end - start > 1) {
            return capitalised(head) && (!sentenceStart(start) || capitalised(tokens.get(end - 1)));
        }
        return "PROPN".equals(head.tag()) && (!head.isKnown() || head.hasReading(WordClass.PROPER_NOUN)
                || !sentenceStart(start));
    }

    private boolean acceptable(Candidate candidate, Set<String> existing, boolean reply) {
        if (candidate.letters() < settings.minLetters()) {
            return false;
        }
        for (Token word : candidate.words()) {
            if (!word.text().codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '’')) {
                return false;
            }
            if (settings.greetings().contains(lower(word)) || candidate.words().size() == 1 && isTime(word)) {
                return false;
            }
        }
        if (existing.contains(candidate.tag().toLowerCase(Locale.ROOT))
                || candidate.words().size() == 1 && existing.contains(lemma(candidate.words().get(0)))) {
            return false;
        }
        return !(reply && candidate.name() && candidate.words().size() == 1 && addressee(candidate));
    }

    /**
     * In a reply, the person answered: a name right after a greeting or at the start, before a comma, or spelt
     * like one of the mentions ("@marie Bonjour Marie,").
     */
    private boolean addressee(Candidate candidate) {
        int index = tokens.indexOf(candidate.words().get(0));
        Token previous = index > 0 && !gapBefore(index) ? tokens.get(index - 1) : null;
        Token next = index + 1 < tokens.size() && !gapBefore(index + 1) ? tokens.get(index + 1) : null;
        String name = lower(candidate.words().get(0));
        boolean spelt = draft.facts().mentions().stream().anyMatch(m -> m.value().toLowerCase(Locale.ROOT).contains(name));
        return previous == null || settings.greetings().contains(lower(previous))
                || next != null && ",".equals(next.text()) || spelt;
    }

    private boolean followedByAdjective(int next) {
        return next < tokens.size() && !gapBefore(next) && "ADJ".equals(tokens.get(next).tag())
                && !capitalised(tokens.get(next));
    }

    private boolean isCommonNoun(Token token) {
        return NOUN_TAGS.contains(token.tag()) && (token.hasReading(WordClass.NOUN) || !token.isKnown())
                && !isTime(token);
    }

    private boolean isTime(Token token) {
        return settings.notTopics().contains(lower(token));
    }

    private String lemmaKey(Candidate candidate) {
        StringBuilder key = new StringBuilder();
        for (Token word : candidate.words()) {
            key.append(lemma(word)).append(' ');
        }
        return key.toString();
    }

    /** The noun's lemma ("livres" → "livre"), or the word in lower case. */
    private static String lemma(Token word) {
        return word.readings().stream().filter(Analysis::isNoun).map(Analysis::lemma).findFirst()
                .orElse(word.text()).toLowerCase(Locale.ROOT);
    }

    private boolean sentenceStart(int i) {
        return i == 0 || gapBefore(i) || !tokens.get(i - 1).isWord()
                && tokens.get(i - 1).text().chars().allMatch(c -> ".!?…:;".indexOf(c) >= 0);
    }

    /** Something other than spaces between two tokens: a line break, an entity, an emoji. */
    private boolean gapBefore(int i) {
        if (i == 0) {
            return true;
        }
        String text = draft.text();
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).offset(); c++) {
            if (!Character.isWhitespace(text.charAt(c)) || text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().codePointAt(0));
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private static Set<String> lower(List<String> words) {
        Set<String> lowered = new HashSet<>();
        words.forEach(w -> lowered.add(w.toLowerCase(Locale.ROOT)));
        return lowered;
    }
}
