package fr.ricochet.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.twitter.twittertext.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipOutputStream;

/** Writes a Mastodon archive as Mastodon does: ActivityStreams JSON, each note's content as Mastodon's HTML. */
final class MastodonArchiveWriter {

    private static final String HOST = "https://mastodon.example";

    private MastodonArchiveWriter() {
    }

    static byte[] write(SyntheticAccount account, boolean withFollows) {
        String actor = HOST + "/users/" + account.handle();
        return SyntheticArchives.zip(zip -> {
            SyntheticArchives.entry(zip, "actor.json", "", json -> {
                json.writeStartObject();
                json.writeStringField("@context", "https://www.w3.org/ns/activitystreams");
                json.writeStringField("id", actor);
                json.writeStringField("type", "Person");
                json.writeStringField("preferredUsername", account.handle());
                json.writeStringField("name", account.handle());
                json.writeStringField("summary", "<p>Compte de test</p>");
                json.writeEndObject();
            });
            SyntheticArchives.entry(zip, "outbox.json", "", json -> writeOutbox(json, account, actor));
            if (withFollows) {
                writeFollows(zip, account.following());
            }
        });
    }

    static byte[] follows(List<String> following) {
        StringBuilder csv = new StringBuilder("Account address,Show boosts,Notify on new posts,Languages\n");
        following.forEach(address -> csv.append(address).append(",true,false,\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeFollows(ZipOutputStream zip, List<String> following) throws IOException {
        SyntheticArchives.entry(zip, MastodonFollows.FILE, follows(following));
    }

    private static void writeOutbox(JsonGenerator json, SyntheticAccount account, String actor) throws IOException {
        json.writeStartObject();
        json.writeStringField("@context", "https://www.w3.org/ns/activitystreams");
        json.writeStringField("id", "outbox.json");
        json.writeStringField("type", "OrderedCollection");
        json.writeNumberField("totalItems", account.posts().size());
        json.writeArrayFieldStart("orderedItems");
        long id = 110_000_000_000_000_000L;
        for (SyntheticPost post : account.posts()) {
            String status = actor + "/statuses/" + id++;
            json.writeStartObject();
            json.writeStringField("id", status + "/activity");
            json.writeStringField("type", post.type() == PostType.REPOST ? "Announce" : "Create");
            json.writeStringField("actor", actor);
            json.writeStringField("published", post.at().toString());
            json.writeArrayFieldStart("to");
            json.writeString("https://www.w3.org/ns/activitystreams#Public");
            json.writeEndArray();
            if (post.type() == PostType.REPOST) {
                json.writeStringField("object", "https://other.example/users/someone/statuses/" + id);
            } else {
                json.writeFieldName("object");
                writeNote(json, post, status, actor);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeNote(JsonGenerator json, SyntheticPost post, String status, String actor)
            throws IOException {
        Extractor extractor = new Extractor();
        json.writeStartObject();
        json.writeStringField("id", status);
        json.writeStringField("type", "Note");
        json.writeNullField("summary");
        if (post.type() == PostType.REPLY) {
            json.writeStringField("inReplyTo", HOST + "/users/" + post.inReplyTo() + "/statuses/1");
        } else {
            json.writeNullField("inReplyTo");
        }
        json.writeStringField("published", post.at().toString());
        json.writeStringField("url", status);
        json.writeStringField("attributedTo", actor);
        json.writeStringField("content", html(post.text(), extractor));
        json.writeArrayFieldStart("attachment");
        if (post.image()) {
            json.writeStartObject();
            json.writeStringField("type", "Document");
            json.writeStringField("mediaType", "image/jpeg");
            json.writeStringField("url", "/media_attachments/files/1/original/photo.jpg");
            if (post.alt() == null) {
                json.writeNullField("name");
            } else {
                json.writeStringField("name", post.alt());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tag");
        for (String tag : extractor.extractHashtags(post.text())) {
            json.writeStartObject();
            json.writeStringField("type", "Hashtag");
            json.writeStringField("href", HOST + "/tags/" + tag);
            json.writeStringField("name", "#" + tag);
            json.writeEndObject();
        }
        for (String handle : extractor.extractMentionedScreennames(post.text())) {
            json.writeStartObject();
            json.writeStringField("type", "Mention");
            json.writeStringField("href", HOST + "/users/" + handle);
            json.writeStringField("name", "@" + handle);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The HTML Mastodon renders: paragraphs, line breaks, and its anchors for links, mentions and hashtags. */
    static String html(String text, Extractor extractor) {
        StringBuilder html = new StringBuilder("<p>");
        int last = 0;
        for (Extractor.Entity entity : extractor.extractEntitiesWithIndices(text)) {
            html.append(escape(text.substring(last, entity.getStart())));
            String value = entity.getValue();
            html.append(switch (entity.getType()) {
                case HASHTAG -> "<a href=\"" + HOST + "/tags/" + value + "\" class=\"mention hashtag\" rel=\"tag\">#<span>"
                        + escape(value) + "</span></a>";
                case MENTION -> "<span class=\"h-card\" translate=\"no\"><a href=\"" + HOST + "/@" + value
                        + "\" class=\"u-url mention\">@<span>" + escape(value) + "</span></a></span>";
                case URL -> link(value);
                default -> escape(text.substring(entity.getStart(), entity.getEnd()));
            });
            last = entity.getEnd();
        }
        html.append(escape(text.substring(last)));
        return html.append("</p>").toString().replace("\n\n", "</p><p>").replace("\n", "<br />");
    }

    /** Mastodon hides the scheme of a link in an invisible span and shows the rest. */
    private static String link(String url) {
        int scheme = url.indexOf("://");
        String hidden = scheme < 0 ? "" : url.substring(0, scheme + 3);
        return "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" translate=\"no\">"
                + "<span class=\"invisible\">" + escape(hidden) + "</span><span class=\"\">"
                + escape(url.substring(hidden.length())) + "</span><span class=\"invisible\"></span></a>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
