package fr.ricochet.rules;

import java.util.List;

/**
 * Corrections to twitter-text's list of top-level domains for a network whose code uses another list (Bluesky
 * uses IANA's, through the {@code tlds} package): the names it knows beyond twitter-text's, and those it no
 * longer knows.
 */
public record TopLevelDomains(List<String> add, List<String> drop) {

    public static final TopLevelDomains NONE = new TopLevelDomains(List.of(), List.of());

    public TopLevelDomains {
        add = add == null ? List.of() : List.copyOf(add);
        drop = drop == null ? List.of() : List.copyOf(drop);
    }
}
