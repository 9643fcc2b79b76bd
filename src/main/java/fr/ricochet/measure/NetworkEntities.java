package fr.ricochet.measure;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hashtags, mentions and links one network reads in a draft, as that network's own code finds them (offsets
 * into the draft, each list in order). A network may link what another leaves as plain text: Bluesky makes no
 * mention of {@code @carol}, X none of {@code @alice@mastodon.social}.
 *
 * @param alsoCounted links the network's counter counts though its extraction does not give them: twitter-text's
 *     length counts 23 for {@code diathèque.fr} inside {@code #Médiathèque.fr}, whose hashtag its extractor keeps
 */
public record NetworkEntities(List<Entity> hashtags, List<Entity> mentions, List<Entity> urls,
        List<Entity> alsoCounted) {

    public NetworkEntities {
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        urls = List.copyOf(urls);
        alsoCounted = List.copyOf(alsoCounted);
    }

    public NetworkEntities(List<Entity> hashtags, List<Entity> mentions, List<Entity> urls) {
        this(hashtags, mentions, urls, List.of());
    }

    /** Nothing read: the reading of a text with no hashtag, mention or link (white space, a thread's number). */
    public static final NetworkEntities NONE = new NetworkEntities(List.of(), List.of(), List.of());

    /**
     * The part of this reading that lies inside the span, with offsets into the span's own text: how the network
     * reads a piece of the draft where it stands, found once for the whole draft. It keeps what reading the piece
     * from the neutral entities would lose (a link hidden behind a tag, a link inside a fediverse handle, on X).
     * Meant for a span no entity runs across ({@link #cuts}).
     */
    public NetworkEntities within(Span span) {
        return new NetworkEntities(EntitySpans.within(hashtags, span), EntitySpans.within(mentions, span),
                EntitySpans.within(urls, span), EntitySpans.within(alsoCounted, span));
    }

    /**
     * Whether an entity runs across an edge of the span. None does across white space, except a link Mastodon's
     * query runs on over a no-break or ideographic space (its characters include them), which a piece trimmed there
     * cuts.
     */
    public boolean cuts(Span span) {
        return Stream.of(hashtags, mentions, urls, alsoCounted).anyMatch(list -> cuts(list, span.offset())
                || cuts(list, span.end()));
    }

    /** Whether an entity starts before the index and ends after it (the last one starting before it, in each list). */
    private static boolean cuts(List<Entity> entities, int index) {
        int before = EntitySpans.firstFrom(entities, index) - 1;
        return before >= 0 && entities.get(before).end() > index;
    }

    /** What the network's length is counted from: its entities and the links it also counts, by offset. */
    List<Entity> counted() {
        if (alsoCounted.isEmpty()) {
            return all();
        }
        return Stream.concat(all().stream(), alsoCounted.stream()).sorted(Comparator.comparingInt(Entity::offset))
                .toList();
    }

    /** All of them by offset; two may overlap on Bluesky, which reads each kind on its own. */
    public List<Entity> all() {
        return Stream.of(hashtags, mentions, urls).flatMap(List::stream)
                .sorted(Comparator.comparingInt(Entity::offset)).toList();
    }

    static NetworkEntities of(List<Entity> entities) {
        return new NetworkEntities(only(entities, EntityKind.HASHTAG), only(entities, EntityKind.MENTION),
                only(entities, EntityKind.URL));
    }

    private static List<Entity> only(List<Entity> entities, EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }
}
