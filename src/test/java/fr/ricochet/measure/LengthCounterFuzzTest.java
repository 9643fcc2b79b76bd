package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.twitter.twittertext.TwitterTextParser;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.testing.FuzzText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz target for the length counters, through {@link PostLength}, the entry point the checks use, on every network
 * of the project's rules: a count is never negative and is zero only for an empty text, the limit and byte size are
 * the profile's and the text's, where the text stops fitting is a character boundary inside it (the text's end
 * exactly when it fits) and what lies before it fits, the fold comes before it; each counting method agrees with
 * what it says it counts (code points, graphemes, twitter-text's own parse; Threads between the code points and
 * the UTF-8 bytes). Cuts and threads count their pieces from the network's reading of the whole draft: counted so,
 * the text and each of its lines (such a piece: from a line start, trimmed) count what they count read afresh where
 * they stand, after a space (where a cut or a thread puts every piece but its first) or at the start of the text.
 * Runs on {@code LengthCounterFuzzTestInputs/} in every build; {@code src/test/fuzz/fuzz.sh lengths MINUTES}
 * fuzzes it.
 */
class LengthCounterFuzzTest {

    private static final RuleBook RULES = RulesLoader.load(Path.of("rules"));
    private static final EntityExtractor READER = new EntityExtractor();
    /** twitter-text's full parse is the reference for X; past this length it costs the fuzzer too much time. */
    private static final int MAX_REFERENCE_PARSE = 1_000;
    /** Lines of the text compared as pieces, at most: enough to reach every kind of cut. */
    private static final int MAX_PIECES = 8;

    @FuzzTest
    @DictionaryEntries({"https://", "www.", ".fr", ".com", "@", "#", "\\u200D", "\\uFE0F", "\\u20E3", "\\uD83D",
            "\\uDC4D", "\\uD83C\\uDDEB", "\u00e9", "e\u0301", "\u6771\u4eac", "\uD83D\uDC4D", "\uD83C\uDFFD", " ", "\\u000A"})
    void lengths(byte[] input) {
        String text = FuzzText.decode(input);
        Extraction extraction = READER.read(text);
        int[] graphemes = Graphemes.boundaries(text);
        List<Span> pieces = hasLongDottedHost(text) ? List.of() : lines(text);
        List<Extraction> piecesRead = pieces.stream().map(piece -> READER.read(inPlace(text, piece))).toList();
        for (NetworkProfile network : RULES.networks().values()) {
            NetworkLength length = PostLength.of(text, network);
            // what the measure step reads for this network, which the pieces of a cut or a thread are counted from
            NetworkEntities reading = EntityReaders.of(network).read(text, extraction);
            String on = network.id() + " (" + network.counting() + ")";
            assertThat(length.network()).isEqualTo(network.id());
            assertThat(length.limit()).as(on).isEqualTo(network.limit());
            assertThat(length.bytes()).as(on).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            assertThat(length.length()).as("length on %s", on).isNotNegative();
            // twitter-text counts the text trimmed, as X posts it: blank is empty there
            boolean empty = network.counting().equals("twitter-text") ? text.trim().isEmpty() : text.isEmpty();
            assertThat(length.length() == 0).as("zero length on %s", on).isEqualTo(empty);
            assertThat(PostLength.of(text, reading, network)).as("from the network's reading, on %s", on)
                    .isEqualTo(length);
            for (int i = 0; i < pieces.size(); i++) {
                // a piece as the whole text's reading has it, and read again where it stands: links hidden behind a
                // tag (#Médiathèque.fr) or found inside a fediverse handle (@b@京s.fi) kept either way
                Span span = pieces.get(i);
                String piece = text(text, span);
                String placed = inPlace(text, span);
                NetworkEntities again = EntityReaders.of(network).read(placed, piecesRead.get(i))
                        .within(new Span(placed.length() - piece.length(), piece.length()));
                assertThat(PostLength.of(text, span, reading, network))
                        .as("the piece %s counted from the text's reading, on %s", span, on)
                        .isEqualTo(PostLength.of(piece, again, network));
            }

            assertThat(length.fitEnd()).as("fitEnd on %s", on).isBetween(0, text.length());
            assertThat(Arrays.binarySearch(graphemes, length.fitEnd())).as("fitEnd on a grapheme boundary on %s", on)
                    .isNotNegative();
            assertThat(length.fitEnd() == text.length()).as("fitEnd at the end when within the limit on %s", on)
                    .isEqualTo(length.withinLimit());
            if (!length.withinLimit()) {
                int cut = length.fitEnd();
                // counted as the counter finds the cut: from what the network reads before it
                NetworkLength fitting = PostLength.of(text.substring(0, cut), reading.within(new Span(0, cut)), network);
                assertThat(fitting.length()).as("the text before fitEnd on %s", on).isLessThanOrEqualTo(network.limit());
            }

            if (network.fold() == null || length.length() <= network.fold()) {
                assertThat(length.foldEnd()).as("foldEnd on %s", on).isEqualTo(-1);
            } else {
                assertThat(length.foldEnd()).as("foldEnd on %s", on).isBetween(0, length.fitEnd());
            }
            assertThat(length.length()).as("%s counts what its method says", on)
                    .isEqualTo(expected(network.counting(), text, graphemes, length.length()));
            if (network.counting().equals("threads")) {
                // every character costs one, or more when it is part of an emoji: its UTF-8 bytes at most
                assertThat(length.length()).as(on).isBetween(text.codePointCount(0, text.length()), length.bytes());
            }
        }
    }

    /** What the counting method counts, worked out another way; the count itself where there is no other way. */
    private static int expected(String counting, String text, int[] graphemes, int counted) {
        return switch (counting) {
            case "code-points" -> text.codePointCount(0, text.length());
            case "graphemes" -> graphemes.length - 1;
            case "twitter-text" -> text.length() > MAX_REFERENCE_PARSE || hasLongDottedHost(text)
                    ? counted : TwitterTextParser.parseTweet(text).weightedLength;
            default -> counted;
        };
    }

    /**
     * The text's lines as a cut or a thread takes its pieces: from each line start, trimmed of white space as
     * {@code check.Passages} trims them, the empty ones left out.
     */
    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length() && lines.size() < MAX_PIECES) {
            int next = text.indexOf('\n', start);
            int end = next < 0 ? text.length() : next;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                lines.add(new Span(from, to - from));
            }
            if (next < 0) {
                break;
            }
            start = next + 1;
        }
        return lines;
    }

    /**
     * The piece as it stands: after a space when white space comes before it, alone at the start of the text
     * (twitter-text reads {@code étags.fi} as {@code é} and the link {@code tags.fi} there, the link {@code étags.fi}
     * after a space).
     */
    private static String inPlace(String text, Span span) {
        return (span.offset() == 0 ? "" : " ") + text(text, span);
    }

    private static String text(String text, Span span) {
        return text.substring(span.offset(), span.end());
    }

    /**
     * A stretch of {@value EntityExtractor#MAX_DOTS} dots or more with no blank and no other ASCII punctuation: the
     * reader cuts it, where twitter-text's link expression backtracks for seconds, by design (see
     * {@code EntityExtractor.pieceEnd}). The two readings differ there, and twitter-text is too slow to fuzz on it.
     */
    private static boolean hasLongDottedHost(String text) {
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (++dots >= EntityExtractor.MAX_DOTS) {
                    return true;
                }
            } else if (c < 128 && c != '-' && c != '_' && !Character.isLetterOrDigit(c)) {
                dots = 0;
            }
        }
        return false;
    }
}
