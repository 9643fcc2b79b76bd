package fr.ricochet.audit;

import java.util.List;

/**
 * When the account posts, in the audience's zone, for the heat map.
 *
 * @param counts seven rows, Monday first, of 24 hourly counts of original posts
 * @param studyWindows seven rows of 24 flags: the hour falls inside a study's good window for the network
 */
public record PostingHours(String timeZone, List<List<Integer>> counts, List<List<Boolean>> studyWindows) {
}
