package fr.ricochet.rules.profile;

import java.time.DayOfWeek;

/**
 * One of the account's own best slots of the week, in the audience's zone: posts there did better than the
 * account's others by this ratio of medians, on {@code n} posts.
 *
 * @param from the first hour, 0 to 23
 * @param to the hour it ends, exclusive, 1 to 24
 */
public record ProfileWindow(DayOfWeek day, int from, int to, double ratio, int n) {
}
