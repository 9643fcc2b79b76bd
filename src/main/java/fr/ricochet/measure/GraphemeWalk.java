package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Counts a post grapheme by grapheme with a cost per grapheme, and a fixed cost for entities that a
 * network shortens (a link that always counts 23, a handle counted without its domain). One pass gives
 * the length, where the limit falls and where the fold falls.
 */
final class GraphemeWalk implements LengthCounter {

    /** What one grapheme costs on a given network. */
    interface GraphemeCost {
        int of(String text, int start, int end);
    }

    /** What a whole entity costs, or -1 to count it grapheme by grapheme. */
    interface EntityCost {
        int of(Entity entity);
    }

    private final GraphemeCost graphemeCost;
    private final EntityCost entityCost;

    GraphemeWalk(GraphemeCost graphemeCost, EntityCost entityCost) {
        this.graphemeCost = graphemeCost;
        this.entityCost = entityCost;
    }

    @Override
    public NetworkLength count(String text, int[] graphemes, List<Entity> entities, NetworkProfile network) {
        int limit = network.limit();
        int fold = network.fold() == null ? Integer.MAX_VALUE : network.fold();
        int length = 0;
        int fitEnd = -1;
        int foldEnd = -1;
        int entityIndex = 0;
        int i = 0;
        while (i + 1 < graphemes.length) {
            int start = graphemes[i];
            while (entityIndex < entities.size() && entities.get(entityIndex).end() <= start) {
                entityIndex++;
            }
            Entity entity = entityIndex < entities.size() && entities.get(entityIndex).offset() == start
                    ? entities.get(entityIndex) : null;
            int fixed = entity == null ? -1 : entityCost.of(entity);
            int end;
            int cost;
            if (fixed >= 0) {
                end = entity.end();
                cost = fixed;
                while (i + 1 < graphemes.length && graphemes[i] < end) {
                    i++;
                }
            } else {
                end = graphemes[i + 1];
                cost = graphemeCost.of(text, start, end);
                i++;
            }
            if (fitEnd < 0 && length + cost > limit) {
                fitEnd = start;
            }
            if (foldEnd < 0 && length + cost > fold) {
                foldEnd = start;
            }
            length += cost;
        }
        return new NetworkLength(network.id(), length, limit, fitEnd < 0 ? text.length() : fitEnd, foldEnd,
                text.getBytes(StandardCharsets.UTF_8).length, network.byteLimit());
    }
}
