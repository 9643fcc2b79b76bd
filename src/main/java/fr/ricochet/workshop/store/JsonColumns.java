package fr.ricochet.workshop.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.check.Finding;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.Media;
import fr.ricochet.request.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns kept as JSON text: a submission's media and findings. They are read back whole and never queried
 * inside, so a portable TEXT column beats a JSON type that H2 and PostgreSQL spell differently. Findings are kept
 * in the report's JSON shape, which leaves out a suggestion's {@code safe} flag (it only steers the rewrite): read
 * back, every suggestion says {@code safe = false}.
 */
final class JsonColumns {

    private static final ObjectMapper MAPPER = ReportJson.mapper();
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> MEDIA = new TypeReference<>() { };

    private JsonColumns() {
    }

    static String findings(List<Finding> findings) {
        return write(findings);
    }

    static List<Finding> findings(String json) {
        try {
            return MAPPER.readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored findings cannot be read", e);
        }
    }

    /** Media as the request spells them ({@code "type": "image"}), so stored rows read like the API. */
    static String media(List<Media> media) {
        List<Map<String, String>> items = new ArrayList<>();
        for (Media item : media) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("type", item.type().id());
            map.put("altText", item.altText());
            items.add(map);
        }
        return write(items);
    }

    static List<Media> media(String json) {
        try {
            List<Media> media = new ArrayList<>();
            for (Map<String, String> item : MAPPER.readValue(json, MEDIA)) {
                media.add(new Media(MediaType.valueOf(item.get("type").toUpperCase(Locale.ROOT)), item.get("altText")));
            }
            return media;
        } catch (JsonProcessingException e) {
            throw new StoreException("stored media cannot be read", e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write JSON column", e);
        }
    }
}
