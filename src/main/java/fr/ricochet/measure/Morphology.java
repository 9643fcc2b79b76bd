package fr.ricochet.measure;

import fr.ricochet.value.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * LanguageTool's morphological dictionaries (french-pos-dict, english-pos-dict), read with morfologik: for a
 * word form, every reading with its lemma, part of speech, mood, person and number. Each language is loaded once
 * per process (a few tens of milliseconds, about 2 MB) and shared by all threads; a lookup walks a finite-state
 * automaton and costs microseconds.
 *
 * <p>Frequencies (0, rare, to 25, very common) come from the French tagger dictionary itself, which carries one
 * per entry, and for English from the en_US spelling dictionary of the same jar.
 */
public final class Morphology {

    private static final String RESOURCES = "/org/languagetool/resource/";

    private final Language language;
    private final Locale locale;
    private final Dictionary dictionary;
    private final byte separator;
    private final boolean tagsCarryFrequency;
    private final FSA frequencies;
    private final byte frequencySeparator;
    private final ThreadLocal<DictionaryLookup> lookups;
    /** Each tag parsed once: the tag set has a few hundred tags, all from the dictionary itself. */
    private final Map<String, Analysis> parsedTags = new ConcurrentHashMap<>();
    private final boolean french;

    private Morphology(Language language, String dictionaryPath, String frequencyPath) {
        this.language = language;
        this.locale = language.locale();
        this.french = language == Language.FR;
        this.dictionary = read(dictionaryPath);
        this.separator = (byte) dictionary.metadata.getSeparatorAsChar();
        this.tagsCarryFrequency = dictionary.metadata.isFrequencyIncluded();
        Dictionary frequencyDictionary = frequencyPath == null ? dictionary : read(frequencyPath);
        this.frequencies = frequencyDictionary.fsa;
        this.frequencySeparator = (byte) frequencyDictionary.metadata.getSeparatorAsChar();
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    private static final class French {
        private static final Morphology INSTANCE = new Morphology(Language.FR, RESOURCES + "fr/french.dict", null);
    }

    private static final class English {
        private static final Morphology INSTANCE = new Morphology(Language.EN, RESOURCES + "en/english.dict",
                RESOURCES + "en/hunspell/en_US.dict");
    }

    /** The dictionary of the language, loaded the first time it is asked for. */
    public static Morphology of(Language language) {
        return language == Language.EN ? English.INSTANCE : French.INSTANCE;
    }

    public Language language() {
        return language;
    }

    /**
     * Every reading of the form as written, then of its lower-case form when it has capitals ("Partagez" opening
     * a sentence is "partagez"; "Paris" keeps its proper-noun reading). Empty for an unknown word.
     */
    public List<Analysis> analyse(String form) {
        List<Analysis> analyses = new ArrayList<>();
        addReadings(form, analyses);
        String lower = form.toLowerCase(locale);
        if (!lower.equals(form)) {
            addReadings(lower, analyses);
        }
        return analyses.isEmpty() ? List.of() : List.copyOf(analyses);
    }

    /** Whether the dictionary holds this exact form (give it in lower case for ordinary words). */
    public boolean isKnownWord(String lowerCaseForm) {
        int node = walk(dictionary.fsa, dictionary.fsa.getRootNode(), lowerCaseForm);
        return node >= 0 && dictionary.fsa.getArc(node, separator) != 0;
    }

    /** How common the form is, from 0 (rare) to 25 (very common); -1 when the dictionary does not hold it. */
    public int frequency(String lowerCaseForm) {
        int node = walk(frequencies, frequencies.getRootNode(), lowerCaseForm);
        if (node < 0) {
            return -1;
        }
        int arc = frequencies.getArc(node, frequencySeparator);
        if (arc == 0) {
            return -1;
        }
        if (french) {
            return highestTagFrequency(lowerCaseForm);
        }
        return frequencyAfter(frequencies.getEndNode(arc));
    }

    /**
     * A dictionary word found at some position of a run of letters.
     *
     * @param end where it ends (exclusive, in chars of the text searched)
     * @param form the form as the dictionary spells it ("réseaux" for "reseaux", "Paris" for "paris")
     * @param frequency 0 (rare) to 25 (very common)
     * @param accentsAdded letters read with an accent the text does not have
     */
    public record WordMatch(int end, String form, int frequency, int accentsAdded) {

        public boolean capitalised() {
            return Character.isUpperCase(form.codePointAt(0));
        }
    }

    /**
     * Every dictionary word that starts at {@code from} in a lower-case run of letters ({@code text}), shortest
     * first. One walk of the automaton finds them all, which makes splitting a run-together hashtag cheap. The
     * first letter may be read as a capital (proper nouns: "Paris"), and each unaccented letter as an accented one
     * ("reseaux" finds "réseaux"), since tags are often typed without accents.
     */
    public List<WordMatch> wordsFrom(String text, int from) {
        List<WordMatch> found = new ArrayList<>();
        boolean loose = text.chars().allMatch(c -> c < 128);
        walkLoosely(text, from, from, frequencies.getRootNode(), new StringBuilder(), 0, loose, found);
        found.sort(java.util.Comparator.comparingInt(WordMatch::end).thenComparingInt(WordMatch::accentsAdded));
        return found;
    }

    /** @param loose whether to read plain letters as accented ones: only for tags typed without any accent */
    private void walkLoosely(String text, int from, int at, int node, StringBuilder form, int accents,
            boolean loose, List<WordMatch> found) {
        if (at > from) {
            int arc = frequencies.getArc(node, frequencySeparator);
            if (arc != 0) {
                String word = form.toString();
                int frequency = french ? lastMarkBelow(frequencies.getEndNode(arc)) : frequencyAfter(frequencies.getEndNode(arc));
                found.add(new WordMatch(at, word, Math.max(0, frequency), accents));
            }
        }
        if (at >= text.length()) {
            return;
        }
        char written = text.charAt(at);
        for (char read : Letters.readings(written, at == from, loose)) {
            int next = walkChar(frequencies, node, read);
            if (next >= 0) {
                form.append(read);
                walkLoosely(text, from, at + 1, next, form, accents + (Letters.accented(written, read) ? 1 : 0), loose,
                        found);
                form.setLength(form.length() - 1);
            }
        }
    }

    /**
     * The highest frequency among the French entries below {@code node} (the rest of each entry: lemma, tag,
     * frequency letter last), read from the automaton without decoding the readings.
     */
    private int lastMarkBelow(int node) {
        int highest = -1;
        for (int a = frequencies.getFirstArc(node); a != 0; a = frequencies.getNextArc(a)) {
            if (frequencies.isArcFinal(a)) {
                highest = Math.max(highest, frequencyOf((char) frequencies.getArcLabel(a)));
            }
            if (!frequencies.isArcTerminal(a)) {
                highest = Math.max(highest, lastMarkBelow(frequencies.getEndNode(a)));
            }
        }
        return highest;
    }

    private int frequencyAfter(int node) {
        int highest = -1;
        for (int a = frequencies.getFirstArc(node); a != 0; a = frequencies.getNextArc(a)) {
            highest = Math.max(highest, frequencyOf((char) frequencies.getArcLabel(a)));
        }
        return highest;
    }

    private void addReadings(String form, List<Analysis> out) {
        for (WordData data : lookups.get().lookup(form)) {
            CharSequence raw = data.getTag() == null ? "" : data.getTag();
            int tagLength = tagsCarryFrequency && raw.length() > 0 ? raw.length() - 1 : raw.length();
            Analysis features = parsedTags.computeIfAbsent(raw.subSequence(0, tagLength).toString(),
                    tag -> french ? FrenchTags.parse("", tag) : EnglishTags.parse("", tag));
            String lemma = data.getStem() == null ? form : data.getStem().toString();
            Analysis analysis = new Analysis(lemma, features.tag(), features.wordClass(), features.mood(),
                    features.person(), features.number(), features.subjectPronoun());
            if (!out.contains(analysis)) {
                out.add(analysis);
            }
        }
    }

    private int highestTagFrequency(String form) {
        int highest = -1;
        for (WordData data : lookups.get().lookup(form)) {
            CharSequence tag = data.getTag();
            if (tag != null && tag.length() > 0) {
                highest = Math.max(highest, frequencyOf(tag.charAt(tag.length() - 1)));
            }
        }
        return highest;
    }

    /** LanguageTool writes frequencies as a letter, A (rare) to Z (very common). */
    private static int frequencyOf(char mark) {
        return mark >= 'A' && mark <= 'Z' ? mark - 'A' : -1;
    }

    /** The node reached after the UTF-8 bytes of one character (of the Basic Multilingual Plane), or -1. */
    private static int walkChar(FSA fsa, int node, char c) {
        if (c < 0x80) {
            return step(fsa, node, (byte) c);
        }
        if (c < 0x800) {
            int next = step(fsa, node, (byte) (0xC0 | c >> 6));
            return next < 0 ? -1 : step(fsa, next, (byte) (0x80 | c & 0x3F));
        }
        int next = step(fsa, node, (byte) (0xE0 | c >> 12));
        next = next < 0 ? -1 : step(fsa, next, (byte) (0x80 | c >> 6 & 0x3F));
        return next < 0 ? -1 : step(fsa, next, (byte) (0x80 | c & 0x3F));
    }

    private static int step(FSA fsa, int node, byte label) {
        int arc = fsa.getArc(node, label);
        return arc == 0 || fsa.isArcTerminal(arc) ? -1 : fsa.getEndNode(arc);
    }

    /** The node reached after the UTF-8 bytes of {@code form}, or -1 when the automaton has no such path. */
    private static int walk(FSA fsa, int node, String form) {
        for (byte b : form.getBytes(StandardCharsets.UTF_8)) {
            int arc = fsa.getArc(node, b);
            if (arc == 0 || fsa.isArcTerminal(arc)) {
                return -1;
            }
            node = fsa.getEndNode(arc);
        }
        return node;
    }

    private static Dictionary read(String resource) {
        URL url = Morphology.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("morphological dictionary " + resource + " is not on the class path");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read morphological dictionary " + resource, e);
        }
    }
}
