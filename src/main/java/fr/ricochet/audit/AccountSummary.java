package fr.ricochet.audit;

import java.time.Instant;
import java.util.List;

/**
 * The archive the audit read.
 *
 * @param format {@code x}, {@code mastodon}, {@code bluesky}, {@code linkedin}, {@code csv}, {@code jsonl}
 * @param from the oldest post, null when there is none
 * @param skipped what was left out of the archive and why, in the report's language
 */
public record AccountSummary(String format, String network, String handle, Instant from, Instant to,
        String timeZone, String language, List<String> skipped) {

    public AccountSummary {
        skipped = List.copyOf(skipped);
    }
}
