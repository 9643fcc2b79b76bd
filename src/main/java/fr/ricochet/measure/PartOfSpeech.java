package fr.ricochet.measure;

import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTagger;

/**
 * Part-of-speech tags for the tokens of a draft, with one correction for posts. The UD models learnt from
 * newspaper and web text, where a capitalised word opening a sentence is mostly a name; posts often open on
 * an imperative ("Join us", "Téléchargez le guide"), which the models then read as a proper noun. Such a word
 * is read again in lower case with the three words after it, and becomes a verb when the model then says so,
 * unless a verb follows it at once, which makes it the subject ("Marie ouvre…": "marie" is a verb too).
 */
final class PartOfSpeech {

    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN");
    /** Also "!!!!" and "?!", which posts use as often as a single mark. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;]+");
    /** The word and the three after it: the model looks two words either way, and the next word's tag is needed. */
    static final int CONTEXT = 4;

    private final NlpModels models;

    PartOfSpeech(NlpModels models) {
        this.models = models;
    }

    List<Token> tag(String text, List<Token> tokens, Language language) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        POSTagger tagger = language == Language.EN ? models.tagsEn : models.tagsFr;
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        String[] tags = tagger.tag(words);
        for (int start : sentenceStarts(text, tokens)) {
            if (readsAsNameButMayBeImperative(words[start], tags[start])) {
                tags[start] = secondReading(tagger, words, tags, start, language);
            }
        }
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            tagged.add(new Token(token.text(), token.offset(), token.length(), tags[i]));
        }
        return List.copyOf(tagged);
    }

    private static boolean readsAsNameButMayBeImperative(String word, String tag) {
        return NAME_TAGS.contains(tag) && word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).noneMatch(Character::isUpperCase);
    }

    private static String secondReading(POSTagger tagger, String[] words, String[] tags, int start, Language language) {
        int end = start + 1;
        while (end < words.length && end - start < CONTEXT && !SENTENCE_END.matcher(words[end]).matches()) {
            end++;
        }
        String[] sentence = Arrays.copyOfRange(words, start, end);
        sentence[0] = sentence[0].toLowerCase(language.locale());
        String[] again = tagger.tag(sentence);
        return "VERB".equals(again[0]) && !subjectOf(sentence, again) ? "VERB" : tags[start];
    }

    /**
     * Whether the opening word is followed at once by its verb, which makes it the subject: a verb, or an
     * auxiliary in lower case ("Marie est…", "Paul a…"). The models also tag stray capitals as auxiliaries
     * ("Learn R…"), which say nothing.
     */
    private static boolean subjectOf(String[] sentence, String[] tags) {
        if (sentence.length < 2) {
            return false;
        }
        String next = sentence[1];
        return "VERB".equals(tags[1])
                || "AUX".equals(tags[1])
                        && next.codePoints().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c));
    }

    /** Token indexes opening a sentence: the first word, and the first word after an end mark or a line break. */
    private static List<Integer> sentenceStarts(String text, List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        boolean opening = true;
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            for (int c = previousEnd; c < token.offset() && !opening; c++) {
                opening = text.charAt(c) == '\n';
            }
            if (token.isWord()) {
                if (opening) {
                    starts.add(i);
                }
                opening = false;
            } else if (SENTENCE_END.matcher(token.text()).matches()) {
                opening = true;
            }
            previousEnd = token.offset() + token.length();
        }
        return starts;
    }
}
