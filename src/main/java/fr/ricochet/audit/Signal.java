package fr.ricochet.audit;

import java.util.List;

/**
 * One robot-likeness signal, measured on the whole account.
 *
 * @param id {@code monotony}, {@code near-duplicates}, {@code regular-intervals}, {@code automation-source},
 *           {@code link-only}, {@code hashtag-stuffing}, {@code night-posting}, {@code replies},
 *           {@code mention-diversity} or {@code follow-back}
 * @param value the measured figure (a share from 0 to 1, or a coefficient for {@code regular-intervals}); null
 *              when the archive cannot tell (no follower list, too few posts)
 * @param flagged whether the figure crosses the threshold, in the direction that reads as automated
 * @param threshold the figure from {@code rules/audit.yaml} it was compared with
 * @param message what the figure means, in the report's language, worded as what the data shows
 * @param examples up to five posts that show it
 */
public record Signal(String id, Double value, boolean flagged, double threshold, String message,
        List<PostExample> examples) {

    public Signal {
        examples = List.copyOf(examples);
    }
}
