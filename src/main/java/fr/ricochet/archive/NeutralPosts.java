package fr.ricochet.archive;

import fr.ricochet.request.MediaType;
import fr.ricochet.value.NetworkId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The rows of Ricochet's neutral format, CSV or JSONL alike: {@code text} and {@code createdAt} (ISO 8601), and
 * as the user has them {@code likes, reposts, replies, impressions} (whole numbers, empty when unknown),
 * {@code media} ("image", "image:alt text", "video", "gif", several joined by {@code |}), {@code network} (x when
 * absent), {@code type} (original, reply, repost), {@code inReplyTo}, {@code source} and {@code id}.
 */
final class NeutralPosts {

    static final List<String> COLUMNS = List.of("text", "createdAt", "likes", "reposts", "replies", "impressions",
            "media", "network", "type", "inReplyTo", "source", "id");

    private final String file;
    private final PostCollector posts;
    private NetworkId network;

    NeutralPosts(String file, PostCollector posts) {
        this.file = file;
        this.posts = posts;
    }

    /** One row, its values looked up by column name as {@link #COLUMNS} spells it (null when absent or empty). */
    void add(long line, UnaryOperator<String> values) throws ArchiveException {
        String text = values.apply("text");
        Instant at = Dates.iso(values.apply("createdAt"));
        if (at == null) {
            posts.skipUndated(file);
            return;
        }
        String body = text == null ? "" : text;
        String inReplyTo = values.apply("inReplyTo");
        Entities entities = Entities.of(body);
        readNetwork(line, values.apply("network"));
        posts.add(new ArchivedPost(orElse(values.apply("id"), Long.toString(line)), at, body,
                type(line, values.apply("type"), inReplyTo), media(line, values.apply("media")), entities.hashtags(),
                entities.mentions(), entities.urls(), values.apply("source"), inReplyTo,
                new Engagement(number(line, "likes", values), number(line, "reposts", values),
                        number(line, "replies", values), number(line, "impressions", values))));
    }

    NetworkId network() {
        return network == null ? NetworkId.of("x") : network;
    }

    private void readNetwork(long line, String value) throws ArchiveException {
        if (value == null) {
            return;
        }
        String id = value.toLowerCase(Locale.ROOT);
        if (!NetworkId.isValid(id)) {
            throw Problems.badLine(file, line, "network «\u00a0" + value + "\u00a0» n'est pas un réseau (x, mastodon,"
                            + " bluesky, linkedin…)", "network \"" + value + "\" is not a network (x, mastodon, bluesky,"
                            + " linkedin…)");
        }
        if (network != null && !network.value().equals(id)) {
            throw Problems.badLine(file, line, "network vaut «\u00a0" + id + "\u00a0» alors que les lignes précédentes"
                            + " valent «\u00a0" + network + "\u00a0»\u00a0: un fichier est l'export d'un seul compte",
                    "network is \"" + id + "\" where the previous lines say \"" + network + "\": a file is the export"
                            + " of one account");
        }
        network = NetworkId.of(id);
    }

    private PostType type(long line, String value, String inReplyTo) throws ArchiveException {
        if (value == null) {
            return inReplyTo == null ? PostType.ORIGINAL : PostType.REPLY;
        }
        for (PostType type : PostType.values()) {
            if (type.id().equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw Problems.badLine(file, line, "type «\u00a0" + value + "\u00a0» n'est ni original, ni reply, ni repost",
                "type \"" + value + "\" is neither original, reply nor repost");
    }

    private List<ArchivedMedia> media(long line, String value) throws ArchiveException {
        List<ArchivedMedia> media = new ArrayList<>();
        if (value == null) {
            return media;
        }
        for (String item : value.split("\\|")) {
            int colon = item.indexOf(':');
            String kind = (colon < 0 ? item : item.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            String alt = colon < 0 ? null : item.substring(colon + 1).strip();
            MediaType type = switch (kind) {
                case "image" -> MediaType.IMAGE;
                case "video" -> MediaType.VIDEO;
                case "gif" -> MediaType.GIF;
                default -> throw Problems.badLine(file, line, "media «\u00a0" + item.strip() + "\u00a0» n'est ni image,"
                                + " ni video, ni gif (par exemple «\u00a0image:texte alternatif|video\u00a0»)",
                        "media \"" + item.strip() + "\" is neither image, video nor gif (for instance"
                                + " \"image:alternative text|video\")");
            };
            media.add(new ArchivedMedia(type, alt == null || alt.isEmpty() ? null : alt));
        }
        return media;
    }

    private Long number(long line, String column, UnaryOperator<String> values) throws ArchiveException {
        String value = values.apply(column);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value.replace("\u00a0", "").replace(" ", ""));
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException notWhole) {
            // refused below
        }
        throw Problems.badLine(file, line, column + " «\u00a0" + value + "\u00a0» n'est pas un nombre entier positif"
                        + " ou nul (laissez la case vide si vous ne le connaissez pas)",
                column + " \"" + value + "\" is not a whole number of zero or more (leave it empty when unknown)");
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
