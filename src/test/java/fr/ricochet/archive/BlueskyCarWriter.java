package fr.ricochet.archive;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.twitter.twittertext.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a Bluesky repository export as a real CAR v1 file: a header naming the commit as root, then blocks of
 * DAG-CBOR (definite lengths, map keys in canonical order, links as tag 42 byte strings), each behind its CIDv1
 * (dag-cbor codec 0x71, sha-256 multihash of the block): the commit, one tree node listing every record, and the
 * records themselves (posts, reposts, follows).
 */
final class BlueskyCarWriter {

    /** A link to another block: written as CBOR tag 42 over the CID's bytes behind a 0x00 prefix. */
    record Link(byte[] cid) {
    }

    private static final CBORFactory CBOR = new CBORFactory();
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@([a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)");
    /** DAG-CBOR's key order: shorter keys first, then bytewise. */
    private static final Comparator<String> CANONICAL = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final ByteArrayOutputStream blocks = new ByteArrayOutputStream();
    private final Map<String, byte[]> tree = new TreeMap<>();

    private BlueskyCarWriter() {
    }

    static byte[] write(SyntheticAccount account) {
        return new BlueskyCarWriter().car(account);
    }

    static String did(String handle) {
        return "did:plc:" + handle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private byte[] car(SyntheticAccount account) {
        String did = did(account.handle());
        int key = 0;
        for (SyntheticPost post : account.posts()) {
            String collection = post.type() == PostType.REPOST ? "app.bsky.feed.repost" : "app.bsky.feed.post";
            tree.put(collection + "/3k" + String.format("%010d", key++), block(record(post, did)));
        }
        for (String followed : account.following()) {
            Map<String, Object> follow = new LinkedHashMap<>();
            follow.put("$type", "app.bsky.graph.follow");
            follow.put("subject", did(followed));
            follow.put("createdAt", "2023-01-01T00:00:00.000Z");
            tree.put("app.bsky.graph.follow/3k" + String.format("%010d", key++), block(follow));
        }
        byte[] root = block(treeNode());
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("did", did);
        commit.put("version", 3L);
        commit.put("data", new Link(root));
        commit.put("rev", "3kabcdefghij2");
        commit.put("prev", null);
        commit.put("sig", new byte[64]);
        byte[] commitCid = block(commit);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("roots", List.of(new Link(commitCid)));
        header.put("version", 1L);
        ByteArrayOutputStream car = new ByteArrayOutputStream();
        byte[] headerBytes = encode(header);
        varint(car, headerBytes.length);
        car.writeBytes(headerBytes);
        car.writeBytes(blocks.toByteArray());
        return car.toByteArray();
    }

    private Map<String, Object> record(SyntheticPost post, String did) {
        Map<String, Object> record = new LinkedHashMap<>();
        if (post.type() == PostType.REPOST) {
            record.put("$type", "app.bsky.feed.repost");
            record.put("subject", strongRef("did:plc:someone", "3kreposted"));
            record.put("createdAt", post.at().toString());
            return record;
        }
        record.put("$type", "app.bsky.feed.post");
        record.put("text", post.text());
        record.put("langs", List.of("fr"));
        record.put("createdAt", post.at().toString());
        List<Object> facets = facets(post.text());
        if (!facets.isEmpty()) {
            record.put("facets", facets);
        }
        if (post.image()) {
            Map<String, Object> blob = new LinkedHashMap<>();
            blob.put("$type", "blob");
            blob.put("ref", new Link(cid(0x55, post.text().getBytes(StandardCharsets.UTF_8))));
            blob.put("mimeType", "image/jpeg");
            blob.put("size", 123_456L);
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("alt", post.alt() == null ? "" : post.alt());
            image.put("image", blob);
            Map<String, Object> embed = new LinkedHashMap<>();
            embed.put("$type", "app.bsky.embed.images");
            embed.put("images", List.of(image));
            record.put("embed", embed);
        }
        if (post.type() == PostType.REPLY) {
            Map<String, Object> parent = strongRef(did(post.inReplyTo()), "3kparent");
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("root", parent);
            reply.put("parent", parent);
            record.put("reply", reply);
        }
        return record;
    }

    /**
     * Tags, mentions and links with their UTF-8 byte ranges, as the Bluesky app writes them; a Bluesky handle is a
     * domain name ("@alice.bsky.social"), longer than what twitter-text takes for a mention.
     */
    private static List<Object> facets(String text) {
        List<Object> facets = new ArrayList<>();
        List<Extractor.Entity> entities = new ArrayList<>(new Extractor().extractHashtagsWithIndices(text));
        entities.addAll(new Extractor().extractURLsWithIndices(text));
        Matcher handle = HANDLE.matcher(text);
        while (handle.find()) {
            entities.add(new Extractor.Entity(handle.start(), handle.end(), handle.group(1), Extractor.Entity.Type.MENTION));
        }
        for (Extractor.Entity entity : entities) {
            Map<String, Object> feature = new LinkedHashMap<>();
            switch (entity.getType()) {
                case HASHTAG -> {
                    feature.put("$type", "app.bsky.richtext.facet#tag");
                    feature.put("tag", entity.getValue());
                }
                case MENTION -> {
                    feature.put("$type", "app.bsky.richtext.facet#mention");
                    feature.put("did", did(entity.getValue()));
                }
                case URL -> {
                    feature.put("$type", "app.bsky.richtext.facet#link");
                    feature.put("uri", entity.getValue());
                }
                default -> {
                    continue;
                }
            }
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("byteStart", (long) utf8Length(text.substring(0, entity.getStart())));
            index.put("byteEnd", (long) utf8Length(text.substring(0, entity.getEnd())));
            Map<String, Object> facet = new LinkedHashMap<>();
            facet.put("index", index);
            facet.put("features", List.of(feature));
            facets.add(facet);
        }
        return facets;
    }

    private static Map<String, Object> strongRef(String did, String rkey) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("uri", "at://" + did + "/app.bsky.feed.post/" + rkey);
        ref.put("cid", "bafyreiexample");
        return ref;
    }

    /** One tree node holding every key, each written after the prefix it shares with the one before. */
    private Map<String, Object> treeNode() {
        List<Object> entries = new ArrayList<>();
        String previous = "";
        for (Map.Entry<String, byte[]> entry : tree.entrySet()) {
            String key = entry.getKey();
            int shared = 0;
            while (shared < Math.min(previous.length(), key.length()) && previous.charAt(shared) == key.charAt(shared)) {
                shared++;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("k", key.substring(shared).getBytes(StandardCharsets.UTF_8));
            item.put("p", (long) shared);
            item.put("t", null);
            item.put("v", new Link(entry.getValue()));
            entries.add(item);
            previous = key;
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("e", entries);
        node.put("l", null);
        return node;
    }

    /** Appends the block of {@code value} and returns its CID. */
    private byte[] block(Map<String, Object> value) {
        byte[] data = encode(value);
        byte[] cid = cid(0x71, data);
        varint(blocks, cid.length + data.length);
        blocks.writeBytes(cid);
        blocks.writeBytes(data);
        return cid;
    }

    /** CIDv1: version 1, the codec, and a sha-256 multihash (0x12, 32 bytes) of the data. */
    static byte[] cid(int codec, byte[] data) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
            ByteArrayOutputStream cid = new ByteArrayOutputStream();
            varint(cid, 1);
            varint(cid, codec);
            varint(cid, 0x12);
            varint(cid, digest.length);
            cid.writeBytes(digest);
            return cid.toByteArray();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static void varint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while (rest >= 0x80) {
            out.write((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CBORGenerator cbor = CBOR.createGenerator(bytes)) {
            write(cbor, value);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void write(CBORGenerator cbor, Object value) throws IOException {
        if (value == null) {
            cbor.writeNull();
        } else if (value instanceof String text) {
            cbor.writeString(text);
        } else if (value instanceof Long number) {
            cbor.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            cbor.writeBoolean(flag);
        } else if (value instanceof byte[] raw) {
            cbor.writeBinary(raw);
        } else if (value instanceof Link link) {
            byte[] prefixed = new byte[link.cid().length + 1];
            System.arraycopy(link.cid(), 0, prefixed, 1, link.cid().length);
            cbor.writeTag(42);
            cbor.writeBinary(prefixed);
        } else if (value instanceof List<?> list) {
            cbor.writeStartArray(list, list.size());
            for (Object item : list) {
                write(cbor, item);
            }
            cbor.writeEndArray();
        } else {
            Map<String, Object> map = (Map<String, Object>) value;
            cbor.writeStartObject(map, map.size());
            for (String key : map.keySet().stream().sorted(CANONICAL).toList()) {
                cbor.writeFieldName(key);
                write(cbor, map.get(key));
            }
            cbor.writeEndObject();
        }
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
