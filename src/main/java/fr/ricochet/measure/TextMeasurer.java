package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.value.Language;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a draft once: entities, length per network, language, tokens with part-of-speech tags and
 * dictionary readings (imperatives marked), emoji and sentences. Everything heavy (models, counters) is built once and shared by all threads.
 */
public final class TextMeasurer {

    private final RuleBook rules;
    private final Map<NetworkId, LengthCounter> counters;
    private final NlpModels models;
    private final EntityExtractor entities = new EntityExtractor();
    private final LanguageGuesser languages;
    private final WordSplitter splitter;
    private final PartOfSpeech partOfSpeech;
    private final TimeReader times;
    private final Grammar grammar;

    private TextMeasurer(RuleBook rules, Grammar grammar) {
        this.rules = rules;
        this.grammar = grammar;
        this.counters = Counters.forNetworks(rules);
        this.models = NlpModels.get();
        this.languages = new LanguageGuesser(models);
        this.splitter = new WordSplitter(models);
        this.partOfSpeech = new PartOfSpeech(models);
        this.times = new TimeReader(rules.time());
    }

    /** Checks the counting method of every network and loads the NLP models (once per process). */
    public static TextMeasurer forRules(RuleBook rules) {
        return new TextMeasurer(rules, Grammar.off());
    }

    /** The same, with spelling and grammar checked by this checker when a request asks for it. */
    public static TextMeasurer forRules(RuleBook rules, Grammar grammar) {
        return new TextMeasurer(rules, grammar);
    }

    /** @param language the draft's language as the request gives it, or {@code auto} to detect it */
    public Facts measure(String text, LanguageChoice language, List<NetworkId> networks) {
        return measure(text, language, networks, false);
    }

    /** @param checkGrammar whether to have the draft's spelling and grammar checked (the slowest measure by far) */
    public Facts measure(String text, LanguageChoice language, List<NetworkId> networks, boolean checkGrammar) {
        Extraction extraction = entities.read(text);
        List<Entity> found = extraction.neutral();
        String prose = blankOut(text, found);
        LanguageGuesser.Guess guess = guessLanguage(language, prose, found);
        List<Token> tagged = partOfSpeech.tag(text, splitBetween(text, found, guess.code()), guess.code());
        List<Token> tokens = Imperatives.mark(text, read(tagged, guess.code()), guess.code());
        int[] graphemes = Graphemes.boundaries(text);
        Map<NetworkId, NetworkLength> lengths = new LinkedHashMap<>();
        Map<NetworkId, NetworkEntities> readings = new LinkedHashMap<>();
        for (NetworkId network : networks) {
            NetworkProfile profile = rules.network(network);
            NetworkEntities reading = EntityReaders.of(profile).read(text, extraction);
            readings.put(network, reading);
            lengths.put(network, counters.get(network).count(text, graphemes, reading.counted(), profile));
        }
        List<Entity> hashtags = only(found, EntityKind.HASHTAG);
        List<Entity> mentions = only(found, EntityKind.MENTION);
        List<Entity> cashtags = only(found, EntityKind.CASHTAG);
        int words = (int) tokens.stream().filter(Token::isWord).count() + hashtags.size() + mentions.size()
                + cashtags.size();
        return new Facts(text, prose, guess.code(), guess.detected(), guess.confidence(), hashtags, mentions,
                only(found, EntityKind.URL), cashtags, entities.glued(text, found), tokens, Graphemes.emojis(text, graphemes),
                sentences(prose, guess.code()), words, lengths, readings, times.read(text, found, guess.code()),
                checkGrammar ? grammar.check(text, guess.code()) : GrammarCheck.without(GrammarCheck.Status.NOT_ASKED));
    }

    /** Each word's readings in the dictionary of the draft's language, looked up once here for every check. */
    private List<Token> read(List<Token> tokens, Language language) {
        Morphology morphology = language == Language.EN ? models.morphologyEn : models.morphologyFr;
        List<Token> read = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            read.add(token.isWord() ? token.withReadings(morphology.analyse(token.text())) : token);
        }
        return read;
    }

    /**
     * Hashtags are often English even in French posts ({@code #FollowBack}), so the model reads the prose
     * without them when enough words remain, and with their words otherwise.
     */
    private LanguageGuesser.Guess guessLanguage(LanguageChoice language, String prose, List<Entity> found) {
        char[] chars = prose.toCharArray();
        for (Entity entity : found) {
            if (entity.kind() == EntityKind.HASHTAG || entity.kind() == EntityKind.CASHTAG) {
                java.util.Arrays.fill(chars, entity.offset(), entity.end(), ' ');
            }
        }
        String withoutTags = new String(chars);
        int words = roughWordCount(withoutTags);
        if (words >= LanguageGuesser.MIN_WORDS) {
            return languages.guess(language, withoutTags, words);
        }
        String withTagWords = prose.replace('#', ' ');
        return languages.guess(language, withTagWords, roughWordCount(withTagWords));
    }

    /**
     * The draft's language between French and English as the model reads it, whatever language a request names
     * (for LanguageTool's {@code detectedLanguage}); a draft too short to tell is not detected.
     */
    public LanguageDetection detectLanguage(String text) {
        List<Entity> found = entities.extract(text);
        LanguageGuesser.Guess guess = guessLanguage(LanguageChoice.AUTO, blankOut(text, found), found);
        return new LanguageDetection(guess.code(), guess.detected(), guess.confidence());
    }

    /** URLs and mentions become spaces, so phrase checks never match inside them and offsets stay put. */
    private static String blankOut(String text, List<Entity> found) {
        char[] chars = text.toCharArray();
        for (Entity entity : found) {
            if (entity.kind() == EntityKind.URL || entity.kind() == EntityKind.MENTION) {
                java.util.Arrays.fill(chars, entity.offset(), entity.end(), ' ');
            }
        }
        return new String(chars);
    }

    private static int roughWordCount(String prose) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < prose.length(); i++) {
            boolean letter = Character.isLetter(prose.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && !Character.isWhitespace(prose.charAt(i)));
        }
        return words;
    }

    /** Entities are never split into words: tokenize only the prose between them. */
    private List<Token> splitBetween(String text, List<Entity> found, Language language) {
        List<Token> tokens = new ArrayList<>();
        int from = 0;
        for (Entity entity : found) {
            if (entity.offset() > from) {
                tokens.addAll(splitter.split(text, from, entity.offset(), language));
            }
            from = Math.max(from, entity.end());
        }
        if (from < text.length()) {
            tokens.addAll(splitter.split(text, from, text.length(), language));
        }
        return tokens;
    }

    private List<Span> sentences(String prose, Language language) {
        List<Span> sentences = new ArrayList<>();
        var detector = language == Language.EN ? models.sentencesEn : models.sentencesFr;
        for (opennlp.tools.util.Span span : detector.sentPosDetect(prose)) {
            if (prose.substring(span.getStart(), span.getEnd()).codePoints().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(new Span(span.getStart(), span.getEnd() - span.getStart()));
            }
        }
        return List.copyOf(sentences);
    }

    private static List<Entity> only(List<Entity> found, EntityKind kind) {
        return found.stream().filter(e -> e.kind() == kind).toList();
    }
}
