package fr.ricochet.rules.profile;

/**
 * How one group of the account's posts did against the others: the ratio of their median engagement (each post's
 * engagement taken relative to the rolling median of its time), with its bootstrap 95 % interval.
 *
 * @param feature {@code image}, {@code hashtags}, {@code length}, {@code mention}, {@code link}, {@code question}
 *                or {@code hour}
 * @param group the posts compared with all the others: {@code with} for a yes-or-no feature; for {@code hashtags}
 *              {@code 0}, {@code 1-2}, {@code 3+}; for {@code length} {@code under-100}, {@code 100-200},
 *              {@code over-200} (characters); for {@code hour} a three-hour block of the audience's day,
 *              {@code 09-12}
 * @param n posts in the group
 * @param nOthers posts outside it
 */
public record ProfileEffect(String feature, String group, double ratio, double low, double high, int n, int nOthers) {

    /** Whether the interval leaves out 1: the account's data shows an effect, one way or the other. */
    public boolean significant() {
        return low > 1 || high < 1;
    }
}
