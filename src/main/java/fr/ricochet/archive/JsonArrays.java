package fr.ricochet.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.rules.Localized;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON arrays of an export read element by element with Jackson's streaming parser: only one post is ever held as
 * a tree, never the whole file. A file that is not JSON is refused with the line and column where it breaks.
 */
final class JsonArrays {

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());

    /** What one element of the array becomes. */
    @FunctionalInterface
    interface ElementReader {
        void read(JsonNode element) throws ArchiveException;
    }

    /** What a reader does with a JSON file, from a parser it is given. */
    @FunctionalInterface
    interface ParserReader {
        void read(JsonParser parser) throws IOException, ArchiveException;
    }

    private JsonArrays() {
    }

    /**
     * Parses {@code in} as {@code file}; a JSON syntax error becomes a refusal saying where it is and what the file
     * should hold.
     */
    static void parse(InputStream in, String file, Localized expected, ParserReader reader)
            throws IOException, ArchiveException {
        parse(in, 0, file, expected, reader);
    }

    /** The same, for a stream {@code skipped} bytes into the file's first line (X's assignment before its array). */
    static void parse(InputStream in, int skipped, String file, Localized expected, ParserReader reader)
            throws IOException, ArchiveException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            reader.read(parser);
        } catch (JsonProcessingException broken) {
            JsonLocation at = broken.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            long column = at == null ? 0 : at.getColumnNr() + (line == 1 ? skipped : 0);
            throw Problems.brokenJson(file, line, column, expected);
        }
    }

    /** Streams the array the parser is at (its next token must open it), one element at a time. */
    static void forEachElement(JsonParser parser, String file, Localized expected, ElementReader reader)
            throws IOException, ArchiveException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw Problems.unexpectedJson(file, expected);
        }
        forEachElementOfOpenArray(parser, reader);
    }

    /** Streams the array the parser has just opened. */
    static void forEachElementOfOpenArray(JsonParser parser, ElementReader reader)
            throws IOException, ArchiveException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new JsonEOFException(parser, null, "array not closed");
            }
            reader.read(MAPPER.readTree(parser));
        }
    }

    /** A field's text, or null when it is missing, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }
}
