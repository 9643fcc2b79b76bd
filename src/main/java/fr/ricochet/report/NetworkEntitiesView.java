package fr.ricochet.report;

import fr.ricochet.measure.NetworkEntities;
import java.util.List;

/** What one network links in the draft, in the shape and UTF-16 offsets of the report's facts. */
public record NetworkEntitiesView(List<EntityView> hashtags, List<EntityView> mentions, List<EntityView> urls) {

    static NetworkEntitiesView of(NetworkEntities entities) {
        return new NetworkEntitiesView(entities.hashtags().stream().map(EntityView::of).toList(),
                entities.mentions().stream().map(EntityView::of).toList(),
                entities.urls().stream().map(EntityView::of).toList());
    }
}
