package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.NetworkEntities;
import fr.ricochet.measure.NetworkLength;
import fr.ricochet.measure.PostLength;
import fr.ricochet.measure.Span;
import fr.ricochet.rules.NetworkProfile;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What pieces of a draft cost on one network, each counted once, so that trying many ways to assemble them
 * costs additions rather than counts. Every network's count is a sum over graphemes and entities, and none of
 * them spans the white space between two pieces, so the cost of pieces joined is the sum of their costs and
 * of the gaps' costs. A piece is counted as the network reads it where it stands: after white space, from what
 * the network reads in the draft there (its own entities, links hidden behind a tag included), as the draft's own
 * length is; opening a post, with its first word read alone, for twitter-text reads a link after a first letter
 * that is not ASCII otherwise at the start of a post ({@code étags.fi} opens on {@code é} and the link
 * {@code tags.fi}) than after white space (the link {@code étags.fi}). No network reads an entity across a space, so
 * the difference stays within that first word. The fix finally proposed is still counted whole ({@link #fits(String)}).
 */
final class PieceCosts {

    /** A piece's length counted the network's way, and its UTF-8 size for networks that also cap bytes. */
    record Cost(int length, int bytes) {
        Cost plus(Cost other) {
            return new Cost(length + other.length, bytes + other.bytes);
        }
    }

    private final Passages passages;
    private final NetworkProfile network;
    /** What the network reads in the whole draft; each piece takes the part inside it. */
    private final NetworkEntities reading;
    /** Pieces after white space, and pieces opening a post. */
    private final Map<Span, Cost> pieces = new HashMap<>();
    private final Map<Span, Cost> openings = new HashMap<>();
    private final Map<String, Cost> strings = new HashMap<>();

    PieceCosts(Passages passages, NetworkProfile network, NetworkEntities reading) {
        this.passages = passages;
        this.network = network;
        this.reading = reading;
    }

    /** The pieces joined as {@link Passages#join} joins them, plus {@code extra} (a thread post's number). */
    Cost of(List<Span> joined, String extra) {
        Cost total = string(extra);
        for (int i = 0; i < joined.size(); i++) {
            Span piece = joined.get(i);
            if (i == 0) {
                total = total.plus(openings.computeIfAbsent(piece, this::opening));
            } else {
                total = total.plus(pieces.computeIfAbsent(piece, this::count)).plus(string(passages.gapBefore(piece)));
            }
        }
        return total;
    }

    /** A piece that follows another in a post: its cost and that of the white space before it. */
    Cost after(Span piece) {
        return pieces.computeIfAbsent(piece, this::count).plus(string(passages.gapBefore(piece)));
    }

    boolean fits(Cost cost) {
        return cost.length() <= network.limit() && (network.byteLimit() == null || cost.bytes() <= network.byteLimit());
    }

    /** The real count of a whole text: the check made on every text proposed. */
    boolean fits(String text) {
        return PostLength.fits(text, network);
    }

    /**
     * How many UTF-16 units of the piece fit after {@code before} in one post, counted in one pass; a line break
     * between the two keeps their entities apart, so the answer may be one character short, never long.
     */
    int roomAfter(String before, Span piece) {
        String text = passages.text(reach(piece));
        String probe = before + "\n" + text;
        NetworkLength length = PostLength.of(probe, network);
        int fit = length.fitEnd() - before.length() - 1;
        if (network.byteLimit() != null) {
            int room = network.byteLimit() - before.getBytes(StandardCharsets.UTF_8).length - 1;
            int units = 0;
            while (units < text.length() && room >= 0) {
                int codePoint = text.codePointAt(units);
                room -= new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (room >= 0) {
                    units += Character.charCount(codePoint);
                }
            }
            fit = Math.min(fit, units);
        }
        return Math.max(0, Math.min(fit, text.length()));
    }

    /**
     * The start of the piece that can matter for one post: every grapheme outside an entity costs at least 1, so
     * past twice the limit in UTF-16 units outside entities nothing fits any more (a text made only of
     * characters longer than two units may be cut shorter than it could, never too long). It keeps a long
     * sentence from being counted whole for each post cut from it.
     */
    Span reach(Span piece) {
        List<Entity> entities = passages.entitiesIn(piece);
        int outside = 0;
        int next = 0;
        int i = 0;
        while (i < piece.length() && outside <= 2 * network.limit()) {
            if (next < entities.size() && entities.get(next).offset() == i) {
                i = entities.get(next++).end();
            } else {
                outside++;
                i++;
            }
        }
        return new Span(piece.offset(), Math.min(i, piece.length()));
    }

    /**
     * White space and thread numbers: text without entities. twitter-text gives white space alone a length of 0,
     * so each is counted between two letters, as it stands in a post.
     */
    private Cost string(String text) {
        return text.isEmpty() ? new Cost(0, 0) : strings.computeIfAbsent(text, t -> {
            Cost between = cost("a" + t + "a", NetworkEntities.NONE);
            return new Cost(between.length() - 2, between.bytes() - 2);
        });
    }

    /** A piece of the draft after white space, read as the network reads the draft there (see {@link PostLength}). */
    private Cost count(Span piece) {
        return new Cost(PostLength.of(passages.draft(), piece, reading, network).length(),
                passages.text(piece).getBytes(StandardCharsets.UTF_8).length);
    }

    /**
     * A piece opening a post: as where it stands, its first word read again alone as the network reads a post's start.
     * A first word longer than twice the limit (a long link, or nothing that fits) is left as it stands, so that a
     * draft of one endless word is not read again for every post.
     */
    private Cost opening(Span piece) {
        Cost inPlace = pieces.computeIfAbsent(piece, this::count);
        String text = passages.text(piece);
        int wordEnd = 0;
        while (wordEnd < text.length() && " \t\n\r\f\u000B".indexOf(text.charAt(wordEnd)) < 0) {
            wordEnd++;
        }
        if (wordEnd > 2 * network.limit()) {
            return inPlace;
        }
        Span word = new Span(piece.offset(), wordEnd);
        int alone = PostLength.of(text.substring(0, wordEnd), network).length();
        int asItStands = PostLength.of(passages.draft(), word, reading, network).length();
        return new Cost(inPlace.length() + alone - asItStands, inPlace.bytes());
    }

    private Cost cost(String text, NetworkEntities read) {
        return new Cost(PostLength.of(text, read, network).length(), text.getBytes(StandardCharsets.UTF_8).length);
    }
}
