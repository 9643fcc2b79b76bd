package fr.ricochet.measure;

import com.ibm.icu.text.BreakIterator;
import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Splits prose into the tokens the POS models were trained on. English uses OpenNLP's English tokenizer
 * model. No French tokenizer model is published, so French uses ICU's word boundaries, then splits
 * elisions ({@code l'}, {@code qu'}) and verb clitics ({@code -vous}, {@code -t-il}) as UD French GSD does.
 */
final class WordSplitter {

    private static final Set<String> ELISIONS = Set.of("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu",
            "lorsqu", "puisqu", "quoiqu");
    private static final Set<String> CLITICS = Set.of("je", "tu", "il", "elle", "on", "nous", "vous", "ils",
            "elles", "le", "la", "les", "moi", "toi", "lui", "leur", "y", "en", "ce", "là");
    private static final BreakIterator FRENCH_WORDS = BreakIterator.getWordInstance(Locale.FRENCH);

    private final NlpModels models;

    WordSplitter(NlpModels models) {
        this.models = models;
    }

    /** Tokens of {@code text[from, to)} with offsets in the whole text; tags are filled in later. */
    List<Token> split(String text, int from, int to, Language language) {
        return language == Language.EN ? english(text, from, to) : french(text, from, to);
    }

    private List<Token> english(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        String segment = text.substring(from, to);
        for (Span span : models.tokensEn.tokenizePos(segment)) {
            tokens.add(token(text, from + span.getStart(), from + span.getEnd()));
        }
        return tokens;
    }

    private List<Token> french(String text, int from, int to) {
        BreakIterator words = (BreakIterator) FRENCH_WORDS.clone();
        words.setText(text.substring(from, to));
        List<Token> pieces = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (!text.substring(from + start, from + end).isBlank()) {
                splitElision(text, from + start, from + end, pieces);
            }
        }
        return joinHyphens(text, pieces);
    }

    private static void splitElision(String text, int start, int end, List<Token> out) {
        String word = text.substring(start, end);
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '\u2019') {
                if (ELISIONS.contains(word.substring(0, i).toLowerCase(Locale.FRENCH))) {
                    out.add(token(text, start, start + i + 1));
                    start = start + i + 1;
                }
                break;
            }
        }
        out.add(token(text, start, end));
    }

    /**
     * ICU cuts at every hyphen. Glue {@code Saint-Étienne} back into one token and turn
     * {@code testez - vous} into {@code testez}, {@code -vous}, as the French model expects.
     */
    private static List<Token> joinHyphens(String text, List<Token> pieces) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Token piece = pieces.get(i);
            Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            boolean glued = previous != null && isHyphen(piece) && i + 1 < pieces.size()
                    && previous.offset() + previous.length() == piece.offset()
                    && pieces.get(i + 1).offset() == piece.offset() + 1 && pieces.get(i + 1).isWord() && previous.isWord();
            if (!glued) {
                tokens.add(piece);
                continue;
            }
            Token next = pieces.get(i + 1);
            String lower = next.text().toLowerCase(Locale.FRENCH);
            boolean euphonicT = "t".equals(lower) && i + 3 < pieces.size() && isHyphen(pieces.get(i + 2))
                    && CLITICS.contains(pieces.get(i + 3).text().toLowerCase(Locale.FRENCH));
            if (euphonicT) {
                tokens.add(token(text, piece.offset(), pieces.get(i + 3).offset() + pieces.get(i + 3).length()));
                i += 3;
            } else if (CLITICS.contains(lower)) {
                tokens.add(token(text, piece.offset(), next.offset() + next.length()));
                i += 1;
            } else {
                tokens.set(tokens.size() - 1, token(text, previous.offset(), next.offset() + next.length()));
                i += 1;
            }
        }
        return tokens;
    }

    private static boolean isHyphen(Token token) {
        return "-".equals(token.text()) || "\u2011".equals(token.text());
    }

    private static Token token(String text, int start, int end) {
        return new Token(text.substring(start, end), start, end - start, null);
    }
}
