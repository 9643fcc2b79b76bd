package fr.ricochet.archive;

import java.util.List;

/**
 * Who follows the account and whom it follows, as ids or handles of the same kind on both sides so that they
 * compare. A list is empty when the archive does not hold it (Mastodon exports only whom one follows).
 *
 * @param followersKnown whether the archive holds the followers at all (an empty list then means none)
 */
public record Follows(List<String> followers, List<String> following, boolean followersKnown, boolean followingKnown) {

    public Follows {
        followers = List.copyOf(followers);
        following = List.copyOf(following);
    }
}
