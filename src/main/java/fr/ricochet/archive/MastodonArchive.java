package fr.ricochet.archive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.request.MediaType;
import fr.ricochet.rules.Localized;
import fr.ricochet.value.NetworkId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a Mastodon archive: {@code outbox.json} (ActivityStreams: {@code Create} of a note, original or
 * reply, and {@code Announce}, a boost), {@code actor.json} (the handle), and the follows CSV when the zip holds
 * it. Mastodon's archive holds whom one follows but never who follows: the followers stay unknown.
 */
final class MastodonArchive {

    private static final Localized OUTBOX = new Localized(
            "outbox.json contient un objet ActivityStreams dont orderedItems est un tableau d'activités",
            "outbox.json holds an ActivityStreams object whose orderedItems is an array of activities");
    private static final Localized ACTOR = new Localized(
            "actor.json contient un objet ActivityStreams avec preferredUsername",
            "actor.json holds an ActivityStreams object with preferredUsername");

    private final PostCollector posts;
    private List<String> following;
    private boolean outboxSeen;
    private boolean anySeen;
    private String handle;

    MastodonArchive(PostCollector posts) {
        this.posts = posts;
    }

    static boolean accepts(String entry) {
        String file = fileName(entry);
        return file.equals("outbox.json") || file.equals("actor.json") || file.equals(MastodonFollows.FILE);
    }

    boolean hasOutbox() {
        return outboxSeen;
    }

    boolean seen() {
        return anySeen;
    }

    void read(String entry, InputStream in) throws IOException, ArchiveException {
        anySeen = true;
        switch (fileName(entry)) {
            case "outbox.json" -> {
                outboxSeen = true;
                JsonArrays.parse(in, entry, OUTBOX, parser -> readOutbox(parser, entry));
            }
            case "actor.json" -> JsonArrays.parse(in, entry, ACTOR, parser -> readActor(parser, entry));
            default -> following = MastodonFollows.read(in, entry);
        }
    }

    /** With the follows CSV given beside the archive, when the archive did not hold it. */
    AccountHistory history() {
        Follows follows = following == null ? null : new Follows(List.of(), following, false, true);
        return new AccountHistory(ArchiveFormat.MASTODON, NetworkId.of("mastodon"), handle, posts.posts(), follows,
                posts.skipped());
    }

    private void readOutbox(JsonParser parser, String entry) throws IOException, ArchiveException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw Problems.unexpectedJson(entry, OUTBOX);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("orderedItems") && value == JsonToken.START_ARRAY) {
                JsonArrays.forEachElementOfOpenArray(parser, item -> readActivity(item, entry));
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readActor(JsonParser parser, String entry) throws IOException, ArchiveException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw Problems.unexpectedJson(entry, ACTOR);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("preferredUsername") && parser.currentToken() == JsonToken.VALUE_STRING) {
                handle = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readActivity(JsonNode activity, String entry) throws ArchiveException {
        String type = JsonArrays.text(activity, "type");
        JsonNode object = activity.path("object");
        if ("Create".equals(type) && object.isObject()) {
            readNote(activity, object, entry);
        } else if ("Announce".equals(type)) {
            Instant at = Dates.iso(JsonArrays.text(activity, "published"));
            if (at == null) {
                posts.skipUndated(entry);
                return;
            }
            posts.add(new ArchivedPost(JsonArrays.text(activity, "id"), at, "", PostType.REPOST, List.of(), List.of(),
                    List.of(), List.of(), null, null, Engagement.NONE));
        }
    }

    private void readNote(JsonNode activity, JsonNode note, String entry) throws ArchiveException {
        String published = JsonArrays.text(note, "published");
        Instant at = Dates.iso(published != null ? published : JsonArrays.text(activity, "published"));
        if (at == null) {
            posts.skipUndated(entry);
            return;
        }
        HtmlText content = HtmlText.of(JsonArrays.text(note, "content"));
        List<String> hashtags = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        for (JsonNode tag : note.path("tag")) {
            String name = JsonArrays.text(tag, "name");
            if (name != null && "Hashtag".equals(JsonArrays.text(tag, "type"))) {
                hashtags.add(name.startsWith("#") ? name.substring(1) : name);
            } else if (name != null && "Mention".equals(JsonArrays.text(tag, "type"))) {
                mentions.add(name.startsWith("@") ? name.substring(1) : name);
            }
        }
        String inReplyTo = JsonArrays.text(note, "inReplyTo");
        // The account answered is the one mentioned first; a reply to oneself (a thread) mentions no one.
        String answered = inReplyTo == null ? null : mentions.isEmpty() ? inReplyTo : mentions.get(0);
        posts.add(new ArchivedPost(JsonArrays.text(note, "id"), at, content.text(),
                inReplyTo == null ? PostType.ORIGINAL : PostType.REPLY, media(note), hashtags, mentions,
                content.links(), null, answered, Engagement.NONE));
    }

    private static List<ArchivedMedia> media(JsonNode note) {
        List<ArchivedMedia> media = new ArrayList<>();
        for (JsonNode attachment : note.path("attachment")) {
            String kind = JsonArrays.text(attachment, "mediaType");
            MediaType type = kind == null ? null
                    : kind.equals("image/gif") ? MediaType.GIF
                    : kind.startsWith("image/") ? MediaType.IMAGE
                    : kind.startsWith("video/") ? MediaType.VIDEO : null;
            if (type != null) {
                media.add(new ArchivedMedia(type, JsonArrays.text(attachment, "name")));
            }
        }
        return media;
    }

    static String fileName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }
}
