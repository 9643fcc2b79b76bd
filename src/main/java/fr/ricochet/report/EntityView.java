package fr.ricochet.report;

import fr.ricochet.measure.Entity;

/** An entity as the report shows it: value without its sign, span covering the sign. */
public record EntityView(String value, int offset, int length) {

    static EntityView of(Entity entity) {
        return new EntityView(entity.value(), entity.offset(), entity.length());
    }
}
