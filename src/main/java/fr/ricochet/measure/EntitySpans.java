package fr.ricochet.measure;

import java.util.ArrayList;
import java.util.List;

/** Entities in a span of the text, for lists kept in the order of their offsets (as every reading gives them). */
public final class EntitySpans {

    private EntitySpans() {
    }

    /** The index of the first entity starting at or after the offset (a binary search). */
    public static int firstFrom(List<Entity> entities, int offset) {
        int low = 0;
        int high = entities.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entities.get(middle).offset() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The entities wholly inside the span, with offsets into the span's own text. */
    public static List<Entity> within(List<Entity> entities, Span span) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<Entity> inside = new ArrayList<>();
        for (int i = firstFrom(entities, span.offset()); i < entities.size() && entities.get(i).offset() < span.end();
                i++) {
            Entity entity = entities.get(i);
            if (entity.end() <= span.end()) {
                inside.add(new Entity(entity.kind(), entity.value(), entity.offset() - span.offset(), entity.length()));
            }
        }
        return inside;
    }
}
