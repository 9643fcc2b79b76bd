package fr.ricochet.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.twitter.twittertext.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Archives in the networks' real formats, written in memory from a {@link SyntheticAccount}, for the tests of the
 * readers, of the audit and of its pages. Each writes what the network's own export writes (X's
 * {@code window.YTD} prefix, counts as strings and HTML-escaped text; Mastodon's ActivityStreams and HTML; a CAR v1
 * file with real CIDs), so that reading them exercises the same paths as a downloaded export.
 */
public final class SyntheticArchives {

    static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DateTimeFormatter X_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final long FIRST_ID = 1_050_000_000_000_000_000L;

    private SyntheticArchives() {
    }

    /** A zip as X's "Download an archive of your data" writes it. */
    public static byte[] xArchive(SyntheticAccount account) {
        return zip(zip -> {
            entry(zip, "data/account.js", "window.YTD.account.part0 = ", json -> {
                json.writeStartArray();
                json.writeStartObject();
                json.writeObjectFieldStart("account");
                json.writeStringField("username", account.handle());
                json.writeStringField("accountId", "4242");
                json.writeStringField("createdAt", "2012-04-01T08:00:00.000Z");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
            });
            entry(zip, "data/tweets.js", "window.YTD.tweets.part0 = ", json -> {
                json.writeStartArray();
                long id = FIRST_ID;
                for (SyntheticPost post : account.posts()) {
                    writeTweet(json, post, id++);
                }
                json.writeEndArray();
            });
            entry(zip, "data/follower.js", "window.YTD.follower.part0 = ",
                    json -> writeAccounts(json, "follower", account.followers()));
            entry(zip, "data/following.js", "window.YTD.following.part0 = ",
                    json -> writeAccounts(json, "following", account.following()));
        });
    }

    private static void writeTweet(JsonGenerator json, SyntheticPost post, long id) throws IOException {
        Extractor extractor = new Extractor();
        String mediaLink = "https://t.co/m" + Long.toString(id, 36);
        String fullText = post.image() ? post.text() + " " + mediaLink : post.text();
        json.writeStartObject();
        json.writeObjectFieldStart("tweet");
        json.writeStringField("retweeted", "false");
        json.writeStringField("source", sourceLink(post.source()));
        json.writeObjectFieldStart("entities");
        json.writeArrayFieldStart("hashtags");
        for (String tag : extractor.extractHashtags(post.text())) {
            json.writeStartObject();
            json.writeStringField("text", tag);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("user_mentions");
        for (String handle : extractor.extractMentionedScreennames(post.text())) {
            json.writeStartObject();
            json.writeStringField("name", handle);
            json.writeStringField("screen_name", handle);
            json.writeStringField("id_str", Integer.toString(Math.abs(handle.hashCode())));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("urls");
        for (String url : extractor.extractURLs(post.text())) {
            json.writeStartObject();
            json.writeStringField("url", url);
            json.writeStringField("expanded_url", url.startsWith("https://t.co/")
                    ? "https://www.example.fr/" + url.substring("https://t.co/".length()) : url);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("display_text_range");
        json.writeString("0");
        json.writeString(Integer.toString(post.text().length()));
        json.writeEndArray();
        json.writeStringField("favorite_count", Long.toString(post.likes()));
        json.writeStringField("id_str", Long.toString(id));
        json.writeStringField("truncated", "false");
        json.writeStringField("retweet_count", Long.toString(post.reposts()));
        json.writeStringField("id", Long.toString(id));
        json.writeStringField("created_at", X_DATE.format(post.at()));
        json.writeBooleanField("favorited", false);
        json.writeStringField("full_text", escapeLikeX(fullText));
        json.writeStringField("lang", "fr");
        if (post.type() == PostType.REPLY) {
            json.writeStringField("in_reply_to_status_id_str", Long.toString(id - 7));
            json.writeStringField("in_reply_to_status_id", Long.toString(id - 7));
            json.writeStringField("in_reply_to_user_id_str", Integer.toString(Math.abs(post.inReplyTo().hashCode())));
            json.writeStringField("in_reply_to_screen_name", post.inReplyTo());
        }
        if (post.image()) {
            json.writeObjectFieldStart("extended_entities");
            json.writeArrayFieldStart("media");
            json.writeStartObject();
            json.writeStringField("url", mediaLink);
            json.writeStringField("media_url_https", "https://pbs.twimg.com/media/" + id + ".jpg");
            json.writeStringField("type", "photo");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeAccounts(JsonGenerator json, String wrapper, List<String> ids) throws IOException {
        json.writeStartArray();
        for (String id : ids) {
            json.writeStartObject();
            json.writeObjectFieldStart(wrapper);
            json.writeStringField("accountId", id);
            json.writeStringField("userLink", "https://twitter.com/intent/user?user_id=" + id);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** X's archive escapes these three, and only these, in {@code full_text}. */
    private static String escapeLikeX(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String sourceLink(String app) {
        String name = app == null ? "Twitter Web App" : app;
        String href = switch (name) {
            case "IFTTT" -> "https://ifttt.com";
            case "Twitter Web App" -> "https://mobile.twitter.com";
            case "Twitter for iPhone" -> "http://twitter.com/download/iphone";
            default -> "https://www.example.org/app";
        };
        return "<a href=\"" + href + "\" rel=\"nofollow\">" + name + "</a>";
    }

    // ---- writing helpers shared by the formats ----

    @FunctionalInterface
    interface ZipWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    @FunctionalInterface
    interface JsonWriter {
        void write(JsonGenerator json) throws IOException;
    }

    static byte[] zip(ZipWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            writer.write(zip);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    static void entry(ZipOutputStream zip, String name, String prefix, JsonWriter writer) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(prefix.getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = JSON.createGenerator((OutputStream) zip)) {
            writer.write(json);
        }
        zip.closeEntry();
    }

    static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
