package fr.ricochet.archive;

import java.util.Locale;

/** What a post of the archive is: the account's own words, an answer to someone, or someone else's post shared. */
public enum PostType {
    ORIGINAL, REPLY, REPOST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
