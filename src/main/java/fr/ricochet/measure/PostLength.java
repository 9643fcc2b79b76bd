package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import java.util.List;

/**
 * Counts any text the way one network counts it, with the same counters as the draft's own measure: for a
 * check that must know whether the text of a fix it proposes (a cut draft, a part of a thread) fits.
 */
public final class PostLength {

    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private PostLength() {
    }

    public static NetworkLength of(String text, NetworkProfile network) {
        return count(text, ENTITIES.read(text), network);
    }

    /**
     * The same with the network's reading of the text already known (offsets into {@code text}), which saves reading
     * it again: a piece of a measured draft is read as the draft's reading on that network has it
     * ({@link NetworkEntities#within}), links hidden behind a tag or inside a fediverse handle included, so it is
     * counted exactly as the network reads it. Nothing is searched for: the count alone.
     */
    public static NetworkLength of(String text, NetworkEntities reading, NetworkProfile network) {
        return Counters.of(network).count(text, Graphemes.boundaries(text), reading.counted(), network);
    }

    /**
     * A piece of a text whose reading on this network is known ({@code reading}, offsets into {@code text}): counted
     * from the part of that reading inside it, as the network reads the piece where it stands after white space, or
     * read again alone when one of the network's entities runs across its edge ({@link NetworkEntities#cuts}), as it
     * ends with the piece where the piece ends a post.
     */
    public static NetworkLength of(String text, Span piece, NetworkEntities reading, NetworkProfile network) {
        String inside = text.substring(piece.offset(), piece.end());
        return reading.cuts(piece) ? of(inside, network) : of(inside, reading.within(piece), network);
    }

    /** Within the network's limit, and within its byte cap when it has one. */
    public static boolean fits(String text, NetworkProfile network) {
        return of(text, network).fits();
    }

    private static NetworkLength count(String text, Extraction found, NetworkProfile network) {
        List<Entity> read = EntityReaders.of(network).read(text, found).counted();
        return Counters.of(network).count(text, Graphemes.boundaries(text), read, network);
    }
}
