package fr.ricochet.measure;

import fr.ricochet.value.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP models shipped as Maven jars, loaded once per process. The thread-safe wrappers
 * keep one decoder per thread, so one set of models serves every request. The morphological dictionaries
 * are loaded with them, so the first request pays for none of it.
 */
final class NlpModels {

    final ThreadSafeLanguageDetectorME languages;
    final ThreadSafeSentenceDetectorME sentencesFr;
    final ThreadSafeSentenceDetectorME sentencesEn;
    final ThreadSafeTokenizerME tokensEn;
    final ThreadSafePOSTaggerME tagsFr;
    final ThreadSafePOSTaggerME tagsEn;
    final Morphology morphologyFr;
    final Morphology morphologyEn;

    private NlpModels() {
        LanguageDetectorModel languageModel = load("langdetect-183.bin", LanguageDetectorModel::new);
        SentenceModel sentenceFr = load("opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin", SentenceModel::new);
        SentenceModel sentenceEn = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        TokenizerModel tokenEn = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        POSModel posFr = load("opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin", POSModel::new);
        POSModel posEn = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        languages = new ThreadSafeLanguageDetectorME(languageModel);
        sentencesFr = new ThreadSafeSentenceDetectorME(sentenceFr);
        sentencesEn = new ThreadSafeSentenceDetectorME(sentenceEn);
        tokensEn = new ThreadSafeTokenizerME(tokenEn);
        tagsFr = new ThreadSafePOSTaggerME(greedy(posFr));
        tagsEn = new ThreadSafePOSTaggerME(greedy(posEn));
        morphologyFr = Morphology.of(Language.FR);
        morphologyEn = Morphology.of(Language.EN);
    }

    /**
     * The same model decoded greedily instead of with a beam of 3: three to four times faster, and on
     * social-media drafts the tags agree with the beam's (a test holds it to 99% of tokens). Tagging was
     * the largest single cost of an analysis.
     */
    static POSModel greedy(POSModel model) {
        MaxentModel weights = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), weights, 1, Map.of(), model.getFactory());
    }

    /** The models as published, for comparing the greedy tagger with the beam search. */
    static POSModel publishedPosModel(Language language) {
        return load(language == Language.FR ? "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin" : "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
                POSModel::new);
    }

    private static final class Holder {
        private static final NlpModels INSTANCE = new NlpModels();
    }

    static NlpModels get() {
        return Holder.INSTANCE;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
