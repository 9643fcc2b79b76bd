package fr.ricochet.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.report.ReportJson;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;

/**
 * What editor.js says by itself (status line, counter, length warning), in the page language: the result panel
 * comes rendered from the server, so the script needs no rules data. The page carries it in a data- attribute
 * (escaped like any attribute), not in an inline script the policy would refuse.
 */
public final class EditorConfig {

    /** The texts the editor's script writes; the page's own texts stay out of every page's attribute. */
    private static final String SCRIPT_TEXTS = "editor.";

    /** The choices the form offers; the zones most French- and English-speaking audiences live in. */
    public static final List<String> ZONES = List.of("Europe/Paris", "Europe/Brussels", "Europe/Zurich", "Europe/Luxembourg",
            "Europe/London", "Europe/Dublin", "America/Montreal", "America/New_York", "America/Chicago",
            "America/Los_Angeles", "America/Martinique", "America/Guadeloupe", "America/Cayenne", "Indian/Reunion",
            "Indian/Mayotte", "Africa/Dakar", "Africa/Abidjan", "Africa/Casablanca", "Africa/Algiers", "Africa/Tunis",
            "Africa/Kinshasa", "Pacific/Noumea", "Pacific/Tahiti", "Asia/Tokyo", "Australia/Sydney", "UTC");

    private EditorConfig() {
    }

    static String json(String language) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("lang", language);
        ObjectNode texts = root.putObject("texts");
        ResourceBundle bundle = Messages.bundle(language);
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith(SCRIPT_TEXTS) || key.equals("result.score.status")) {
                texts.put(key, bundle.getString(key));
            }
        }
        try {
            return ReportJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings is always serialisable", e);
        }
    }
}
