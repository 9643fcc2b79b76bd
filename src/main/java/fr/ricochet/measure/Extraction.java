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

    static List<Entity> sorted(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::offset));
        return sorted;
    }
}
