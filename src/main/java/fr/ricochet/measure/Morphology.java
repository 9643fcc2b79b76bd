package fr.ricochet.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final Locale locale;
    private final Dictionary dictionary;
    private final byte separator;
    private final boolean tagsCarryFrequency;
    private final FSA frequencies;
    private final byte frequencySeparator;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final boolean french;

    private Morphology(String language, String dictionaryPath, String frequencyPath) {
        this.locale = Locale.forLanguageTag(language);
        this.french = "fr".equals(language);
        this.dictionary = read(dictionaryPath);
        this.separator = (byte) dictionary.metadata.getSeparatorAsChar();
        this.tagsCarryFrequency = dictionary.metadata.isFrequencyIncluded();
        Dictionary frequencyDictionary = frequencyPath == null ? dictionary : read(frequencyPath);
        this.frequencies = frequencyDictionary.fsa;
        this.frequencySeparator = (byte) frequencyDictionary.metadata.getSeparatorAsChar();
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    private static final class French {
        private static final Morphology INSTANCE = new Morphology("fr", RESOURCES + "fr/french.dict", null);
    }

    private static final class English {
        private static final Morphology INSTANCE = new Morphology("en", RESOURCES + "en/english.dict",
                RESOURCES + "en/hunspell/en_US.dict");
    }

    /** The dictionary of {@code fr} or {@code en} (any other code reads as French, the product's first language). */
    public static Morphology of(String language) {
        return "en".equals(language) ? English.INSTANCE : French.INSTANCE;
    }

    public String language() {
        return locale.getLanguage();
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
        int after = frequencies.getEndNode(arc);
        int highest = -1;
        for (int a = frequencies.getFirstArc(after); a != 0; a = frequencies.getNextArc(a)) {
            highest = Math.max(highest, frequencyOf((char) frequencies.getArcLabel(a)));
        }
        return highest;
    }

    /**
     * The ends (exclusive, in chars) of every dictionary word that starts at {@code from} in {@code text}, shortest
     * first, looked up as written: one walk of the automaton finds them all, which makes splitting a run-together
     * hashtag into words cheap.
     */
    public List<Integer> wordEndsFrom(String text, int from) {
        List<Integer> ends = new ArrayList<>();
        FSA fsa = dictionary.fsa;
        int node = fsa.getRootNode();
        for (int i = from; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                int arc = node < 0 ? 0 : fsa.getArc(node, b);
                node = arc == 0 || fsa.isArcTerminal(arc) ? -1 : fsa.getEndNode(arc);
            }
            if (node < 0) {
                break;
            }
            i += width;
            if (fsa.getArc(node, separator) != 0) {
                ends.add(i);
            }
        }
        return ends;
    }

    private void addReadings(String form, List<Analysis> out) {
        for (WordData data : lookups.get().lookup(form)) {
            String tag = data.getTag() == null ? "" : data.getTag().toString();
            if (tagsCarryFrequency && !tag.isEmpty()) {
                tag = tag.substring(0, tag.length() - 1);
            }
            String lemma = data.getStem() == null ? form : data.getStem().toString();
            Analysis analysis = french ? FrenchTags.parse(lemma, tag) : EnglishTags.parse(lemma, tag);
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
