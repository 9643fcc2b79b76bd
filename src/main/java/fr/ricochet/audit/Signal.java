package fr.ricochet.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * @param weight how much the verdict makes of it when flagged, when the figure itself says more than the verdict's
 *               rule lists (a follow-back farm at scale is strong, night posting in another zone not automation);
 *               null to weigh it as the rule lists it. Not part of the JSON: the verdict's reasons say it.
 */
public record Signal(String id, Double value, boolean flagged, double threshold, String message,
        List<PostExample> examples, @JsonIgnore Weight weight) {

    /** How a flagged signal counts in the verdict, when its figure decides rather than the rule's lists. */
    public enum Weight {
        STRONG,
        /** Flagged and reported, but no sign of automation: the verdict leaves it out. */
        ASIDE
    }

    public Signal {
        examples = List.copyOf(examples);
    }

    /** A signal weighed as the verdict's rule lists it. */
    public Signal(String id, Double value, boolean flagged, double threshold, String message,
            List<PostExample> examples) {
        this(id, value, flagged, threshold, message, examples, null);
    }
}
