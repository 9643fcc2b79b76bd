package fr.ricochet.workshop;

import java.time.Instant;
import java.util.List;

/**
 * What a trainer chooses when creating a workshop, already validated by {@link WorkshopValidator}.
 *
 * @param networks the network ids every submission is analysed for, in the trainer's order
 * @param audience {@code general}, {@code b2b} or {@code b2c}
 * @param startingPost a post the participants start from and improve, or null
 * @param plannedAt when the post would be published, or null for "now" at each submission
 * @param timeZone the IANA zone of the audience, used for the posting-time advice
 */
public record WorkshopSettings(
        String title,
        String brief,
        List<String> networks,
        String audience,
        String startingPost,
        Instant plannedAt,
        String timeZone) {

    public WorkshopSettings {
        networks = List.copyOf(networks);
    }
}
