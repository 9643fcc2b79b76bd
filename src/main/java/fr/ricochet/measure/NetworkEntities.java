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
