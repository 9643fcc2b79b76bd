package fr.ricochet.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the neutral extraction found, kept apart so that each network can start from it rather than search again.
 *
 * @param twitterText twitter-text's own entities, in order, fediverse handles not read (X's reading)
 * @param fediverse the handles {@code @user@instance.social} found beside them
 * @param neutral both merged: the handles win over the twitter-text entities they overlap (the report's facts)
 * @param hiddenLinks links twitter-text's extraction gives up to an entity starting before them, which its length
 *     still counts 23 ({@code #Médiathèque.fr} holds the link {@code diathèque.fr})
 */
record Extraction(List<Entity> twitterText, List<Entity> fediverse, List<Entity> neutral, List<Entity> hiddenLinks) {

    /**
     * From a neutral reading alone (a piece of a measured draft): twitter-text's entities are taken to be the
     * neutral ones less the handles. twitter-text finds nothing inside a handle ({@code @user} before an {@code @}
     * is no mention, a domain after one is no link), so this gives the same as reading again.
     */
    static Extraction fromNeutral(List<Entity> neutral) {
        List<Entity> twitter = new ArrayList<>();
        List<Entity> fediverse = new ArrayList<>();
        for (Entity entity : neutral) {
            boolean handle = entity.kind() == EntityKind.MENTION && entity.value().indexOf('@') > 0;
            (handle ? fediverse : twitter).add(entity);
        }
        return new Extraction(twitter, fediverse, neutral, List.of());
    }

    static List<Entity> sorted(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::offset));
        return sorted;
    }
}
