package fr.ricochet.audit;

import java.time.Instant;

/** A post that shows a signal, as the report quotes it (its text cut to 280 characters). */
public record PostExample(String id, Instant createdAt, String text) {
}
