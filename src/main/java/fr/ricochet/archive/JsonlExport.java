package fr.ricochet.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** The neutral format as JSON Lines: one object per line with the columns of {@link NeutralPosts}. */
final class JsonlExport {

    private final String file;
    private final PostCollector posts;

    JsonlExport(String file, PostCollector posts) {
        this.file = file;
        this.posts = posts;
    }

    AccountHistory read(InputStream in) throws IOException, ArchiveException {
        NeutralPosts neutral = new NeutralPosts(file, posts);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            String json = line == 1 && text.startsWith("\ufeff") ? text.substring(1) : text;
            if (json.isBlank()) {
                continue;
            }
            JsonNode post = parse(line, json);
            if (!post.hasNonNull("text")) {
                throw Problems.badLine(file, line, "l'objet n'a pas de champ text, le texte de la publication",
                        "the object has no text field, the post's text");
            }
            neutral.add(line, column -> value(post.get(column)));
        }
        return new AccountHistory(ArchiveFormat.JSONL, neutral.network(), null, posts.posts(), null, posts.skipped());
    }

    private JsonNode parse(long line, String json) throws ArchiveException {
        JsonNode post;
        try {
            post = JsonArrays.MAPPER.readTree(json);
        } catch (JsonProcessingException broken) {
            post = null;
        }
        if (post == null || !post.isObject()) {
            throw Problems.badLine(file, line, "ce n'est pas un objet JSON\u00a0; chaque ligne d'un fichier JSONL est "
                            + "une publication, par exemple {\"text\": \"…\", \"createdAt\": \"2024-03-05T09:12:44Z\"}",
                    "it is not a JSON object; each line of a JSONL file is one post, for instance"
                            + " {\"text\": \"…\", \"createdAt\": \"2024-03-05T09:12:44Z\"}");
        }
        return post;
    }

    /** A value as text: numbers as written, a list of media joined by {@code |}, null and "" as absent. */
    private static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner("|");
            node.forEach(item -> joined.add(item.asText()));
            return joined.length() == 0 ? null : joined.toString();
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
