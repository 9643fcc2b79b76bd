package fr.ricochet.archive;

import java.util.List;

/**
 * An account to write as an archive: its posts and both follow lists, as ids (X) or handles (elsewhere) of the
 * same kind so that they compare.
 */
public record SyntheticAccount(String handle, List<SyntheticPost> posts, List<String> followers,
        List<String> following) {

    public SyntheticAccount {
        posts = List.copyOf(posts);
        followers = List.copyOf(followers);
        following = List.copyOf(following);
    }
}
