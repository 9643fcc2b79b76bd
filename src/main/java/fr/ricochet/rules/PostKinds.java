package fr.ricochet.rules;

import java.util.List;
import java.util.Optional;

/**
 * Every kind of post the rules know, in detection order, and the one a draft is taken for when nothing
 * tells its kind.
 */
public record PostKinds(List<PostKind> kinds, String fallback) {

    public PostKinds {
        kinds = List.copyOf(kinds);
    }

    public List<String> ids() {
        return kinds.stream().map(PostKind::id).toList();
    }

    public Optional<PostKind> find(String id) {
        return kinds.stream().filter(kind -> kind.id().equals(id)).findFirst();
    }

    public PostKind kind(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown post kind " + id));
    }
}
