package fr.ricochet.archive;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.request.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a Bluesky repository that an audit reads: {@code app.bsky.feed.post} (text, facets for tags,
 * mentions and links, images with their alt text, the post answered), {@code app.bsky.feed.repost},
 * {@code app.bsky.graph.follow}, and the commit, which names the account's DID. Other blocks (the repository's
 * tree, likes, blocks, the profile) are left alone.
 */
final class BlueskyRecords {

    private static final String FACET = "app.bsky.richtext.facet#";

    private final String file;
    private final PostCollector posts;
    private final List<String> following = new ArrayList<>();
    private String did;

    BlueskyRecords(String file, PostCollector posts) {
        this.file = file;
        this.posts = posts;
    }

    /** The account's DID, the only handle a repository holds (its handle lives in the DID document). */
    String did() {
        return did;
    }

    Follows follows() {
        return new Follows(List.of(), following, false, true);
    }

    void read(JsonNode record, String cid) throws ArchiveException {
        if (!record.isObject()) {
            return;
        }
        String type = JsonArrays.text(record, "$type");
        if (type == null) {
            if (did == null && record.has("did") && record.has("sig") && record.has("data")) {
                did = JsonArrays.text(record, "did");
            }
            return;
        }
        switch (type) {
            case "app.bsky.feed.post" -> readPost(record, cid);
            case "app.bsky.feed.repost" -> readRepost(record, cid);
            case "app.bsky.graph.follow" -> {
                String subject = JsonArrays.text(record, "subject");
                if (subject != null) {
                    following.add(subject);
                }
            }
            default -> {
                // a like, a block, a profile: nothing an audit of the account's posts reads
            }
        }
    }

    private void readRepost(JsonNode record, String cid) throws ArchiveException {
        Instant at = Dates.iso(JsonArrays.text(record, "createdAt"));
        if (at == null) {
            posts.skipUndated(file);
            return;
        }
        posts.add(new ArchivedPost(cid, at, "", PostType.REPOST, List.of(), List.of(), List.of(), List.of(), null,
                null, Engagement.NONE));
    }

    private void readPost(JsonNode record, String cid) throws ArchiveException {
        Instant at = Dates.iso(JsonArrays.text(record, "createdAt"));
        if (at == null) {
            posts.skipUndated(file);
            return;
        }
        String text = record.path("text").asText("");
        List<String> hashtags = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (JsonNode facet : record.path("facets")) {
            for (JsonNode feature : facet.path("features")) {
                String kind = JsonArrays.text(feature, "$type");
                if ((FACET + "tag").equals(kind)) {
                    addIfPresent(hashtags, JsonArrays.text(feature, "tag"));
                } else if ((FACET + "mention").equals(kind)) {
                    addIfPresent(mentions, mentioned(text, facet.path("index"), JsonArrays.text(feature, "did")));
                } else if ((FACET + "link").equals(kind)) {
                    addIfPresent(urls, JsonArrays.text(feature, "uri"));
                }
            }
        }
        JsonNode embed = record.path("embed");
        String external = JsonArrays.text(embed.path("external"), "uri");
        if (external != null && !urls.contains(external)) {
            urls.add(external);
        }
        String answered = answered(record.path("reply"));
        posts.add(new ArchivedPost(cid, at, text, answered == null ? PostType.ORIGINAL : PostType.REPLY, media(embed),
                hashtags, mentions, urls, null, answered, Engagement.NONE));
    }

    /** Images, or a video, directly or beside a quoted post ({@code recordWithMedia}). */
    private static List<ArchivedMedia> media(JsonNode embed) {
        JsonNode media = "app.bsky.embed.recordWithMedia".equals(JsonArrays.text(embed, "$type"))
                ? embed.path("media") : embed;
        String type = JsonArrays.text(media, "$type");
        List<ArchivedMedia> found = new ArrayList<>();
        if ("app.bsky.embed.images".equals(type)) {
            for (JsonNode image : media.path("images")) {
                found.add(new ArchivedMedia(MediaType.IMAGE, JsonArrays.text(image, "alt")));
            }
        } else if ("app.bsky.embed.video".equals(type)) {
            found.add(new ArchivedMedia(MediaType.VIDEO, JsonArrays.text(media, "alt")));
        }
        return found;
    }

    /** The handle as the text writes it ("@alice.bsky.social", found by the facet's UTF-8 byte range), else the DID. */
    private static String mentioned(String text, JsonNode index, String did) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int start = index.path("byteStart").asInt(-1);
        int end = index.path("byteEnd").asInt(-1);
        if (start >= 0 && end > start && end <= utf8.length) {
            String written = new String(Arrays.copyOfRange(utf8, start, end), StandardCharsets.UTF_8);
            return written.startsWith("@") ? written.substring(1) : written;
        }
        return did;
    }

    /** The DID of the post answered: {@code reply.parent.uri} is {@code at://did:plc:…/app.bsky.feed.post/…}. */
    private static String answered(JsonNode reply) {
        String uri = JsonArrays.text(reply.path("parent"), "uri");
        if (uri == null) {
            return null;
        }
        String path = uri.startsWith("at://") ? uri.substring("at://".length()) : uri;
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }
}
