package fr.ricochet.archive;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.request.MediaType;
import fr.ricochet.rules.Localized;
import fr.ricochet.value.NetworkId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The files of an X archive, read as the zip hands them over, in any order: {@code data/tweets.js} (or its parts,
 * or {@code data/tweet.js} in older archives), {@code data/follower.js}, {@code data/following.js},
 * {@code data/account.js}. The archive may sit in one folder, as when someone zips the folder they unpacked.
 */
final class XArchive {

    private static final Pattern FILE = Pattern.compile(
            "(?:[^/]+/)?data/(tweets?(?:-part\\d+)?|follower|following|account)\\.js");
    private static final Pattern SOURCE_APP = Pattern.compile("<a\\b[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Localized TWEETS = new Localized(
            "un fichier de tweets d'X contient un tableau JSON d'objets {\"tweet\": {...}}",
            "an X tweets file holds a JSON array of {\"tweet\": {...}} objects");
    private static final Localized ACCOUNTS = new Localized(
            "ce fichier d'X contient un tableau JSON d'objets {\"follower\": {\"accountId\": ...}}",
            "this X file holds a JSON array of {\"follower\": {\"accountId\": ...}} objects");

    private final PostCollector posts;
    private final List<String> followers = new ArrayList<>();
    private final List<String> following = new ArrayList<>();
    private boolean followersKnown;
    private boolean followingKnown;
    private boolean tweetsSeen;
    private boolean anySeen;
    private String handle;

    XArchive(PostCollector posts) {
        this.posts = posts;
    }

    static boolean accepts(String entry) {
        return FILE.matcher(entry).matches();
    }

    /** Whether the zip held the tweets themselves, without which it is no X archive to audit. */
    boolean hasTweets() {
        return tweetsSeen;
    }

    /** Whether the zip held any file of an X archive (then a missing tweets file is what to tell). */
    boolean seen() {
        return anySeen;
    }

    void read(String entry, InputStream in) throws IOException, ArchiveException {
        Matcher matcher = FILE.matcher(entry);
        if (!matcher.matches()) {
            return;
        }
        anySeen = true;
        YtdPrefix ytd = YtdPrefix.skip(in, entry);
        switch (matcher.group(1)) {
            case "follower" -> {
                followersKnown = true;
                readAccounts(ytd, entry, "follower", followers);
            }
            case "following" -> {
                followingKnown = true;
                readAccounts(ytd, entry, "following", following);
            }
            case "account" -> readAccount(ytd, entry);
            default -> {
                tweetsSeen = true;
                JsonArrays.parse(ytd.array(), ytd.length(), entry, TWEETS, parser ->
                        JsonArrays.forEachElement(parser, entry, TWEETS, element -> readTweet(element, entry)));
            }
        }
    }

    AccountHistory history() {
        Follows follows = followersKnown || followingKnown
                ? new Follows(followers, following, followersKnown, followingKnown) : null;
        return new AccountHistory(ArchiveFormat.X, NetworkId.of("x"), handle, posts.posts(), follows, posts.skipped());
    }

    private void readAccounts(YtdPrefix in, String entry, String wrapper, List<String> into)
            throws IOException, ArchiveException {
        JsonArrays.parse(in.array(), in.length(), entry, ACCOUNTS, parser ->
                JsonArrays.forEachElement(parser, entry, ACCOUNTS, element -> {
                    String id = JsonArrays.text(element.path(wrapper), "accountId");
                    if (id != null) {
                        into.add(id);
                    }
                }));
    }

    private void readAccount(YtdPrefix in, String entry) throws IOException, ArchiveException {
        Localized expected = new Localized("data/account.js contient [{\"account\": {\"username\": ...}}]",
                "data/account.js holds [{\"account\": {\"username\": ...}}]");
        JsonArrays.parse(in.array(), in.length(), entry, expected, parser ->
                JsonArrays.forEachElement(parser, entry, expected, element -> {
                    String username = JsonArrays.text(element.path("account"), "username");
                    if (username != null && handle == null) {
                        handle = username;
                    }
                }));
    }

    private void readTweet(JsonNode element, String entry) throws ArchiveException {
        if (!element.isObject()) {
            throw Problems.unexpectedJson(entry, TWEETS);
        }
        // Archives since 2019 wrap each tweet in {"tweet": ...}; older ones list the tweets bare.
        JsonNode tweet = element.has("tweet") ? element.get("tweet") : element;
        Instant at = Dates.x(JsonArrays.text(tweet, "created_at"));
        if (at == null) {
            posts.skipUndated(entry);
            return;
        }
        String raw = JsonArrays.text(tweet, "full_text");
        String text = withoutMediaLinks(tweet,
                StringEscapeUtils.unescapeHtml4(raw != null ? raw : orEmpty(JsonArrays.text(tweet, "text"))));
        String replyTo = JsonArrays.text(tweet, "in_reply_to_screen_name");
        boolean reply = replyTo != null || JsonArrays.text(tweet, "in_reply_to_status_id_str") != null
                || JsonArrays.text(tweet, "in_reply_to_status_id") != null;
        PostType type = text.startsWith("RT @") ? PostType.REPOST : reply ? PostType.REPLY : PostType.ORIGINAL;
        JsonNode entities = tweet.path("entities");
        posts.add(new ArchivedPost(
                firstOf(JsonArrays.text(tweet, "id_str"), JsonArrays.text(tweet, "id")),
                at, text, type, media(tweet),
                values(entities.path("hashtags"), "text", null),
                values(entities.path("user_mentions"), "screen_name", null),
                values(entities.path("urls"), "expanded_url", "url"),
                sourceApp(JsonArrays.text(tweet, "source")),
                type == PostType.REPLY ? firstOf(replyTo, JsonArrays.text(tweet, "in_reply_to_user_id_str")) : null,
                new Engagement(count(tweet, "favorite_count"), count(tweet, "retweet_count"), null, null)));
    }

    /** X appends a t.co link to the text for each medium attached: not a link its author wrote. */
    private static String withoutMediaLinks(JsonNode tweet, String text) {
        String bare = text;
        for (JsonNode medium : mediaOf(tweet)) {
            String link = JsonArrays.text(medium, "url");
            if (link != null) {
                bare = bare.replace(link, "");
            }
        }
        return bare.equals(text) ? text : bare.strip();
    }

    private static JsonNode mediaOf(JsonNode tweet) {
        JsonNode media = tweet.path("extended_entities").path("media");
        return media.isArray() ? media : tweet.path("entities").path("media");
    }

    /** X archives keep no alternative text: every medium's is null. */
    private static List<ArchivedMedia> media(JsonNode tweet) {
        List<ArchivedMedia> found = new ArrayList<>();
        for (JsonNode medium : mediaOf(tweet)) {
            String kind = orEmpty(JsonArrays.text(medium, "type"));
            MediaType type = switch (kind) {
                case "video" -> MediaType.VIDEO;
                case "animated_gif" -> MediaType.GIF;
                default -> MediaType.IMAGE;
            };
            found.add(new ArchivedMedia(type, null));
        }
        return found;
    }

    private static List<String> values(JsonNode array, String field, String fallback) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            String value = JsonArrays.text(item, field);
            if (value == null && fallback != null) {
                value = JsonArrays.text(item, fallback);
            }
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** X writes its source as a link, {@code <a href="https://ifttt.com" rel="nofollow">IFTTT</a>}: the app's name. */
    static String sourceApp(String source) {
        if (source == null) {
            return null;
        }
        Matcher link = SOURCE_APP.matcher(source);
        String name = link.find() ? link.group(1) : source;
        String app = StringEscapeUtils.unescapeHtml4(name.replaceAll("<[^>]*>", "")).strip();
        return app.isEmpty() ? null : app;
    }

    /** X's archive writes counts as strings ("12"); an absent or unreadable count is unknown, not zero. */
    private static Long count(JsonNode tweet, String field) {
        String value = JsonArrays.text(tweet, field);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
