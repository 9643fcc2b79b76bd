package fr.ricochet.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Audience;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What editor.js needs to draw a report like the server does: network profiles (name, fold, windows), tip
 * titles and the interface texts, in the page language. Rules data only, never user text; the page carries
 * it in a data- attribute (escaped like any attribute), not in an inline script the policy would refuse.
 */
final class EditorConfig {

    /** The texts the editor's scripts draw with; the page's own texts stay out of every page's attribute. */
    private static final List<String> SCRIPT_TEXTS = List.of("editor.", "result.", "severity.", "day.");

    /** The choices the form offers; the zones most French- and English-speaking audiences live in. */
    static final List<String> ZONES = List.of("Europe/Paris", "Europe/Brussels", "Europe/Zurich", "Europe/Luxembourg",
            "Europe/London", "Europe/Dublin", "America/Montreal", "America/New_York", "America/Chicago",
            "America/Los_Angeles", "America/Martinique", "America/Guadeloupe", "America/Cayenne", "Indian/Reunion",
            "Indian/Mayotte", "Africa/Dakar", "Africa/Abidjan", "Africa/Casablanca", "Africa/Algiers", "Africa/Tunis",
            "Africa/Kinshasa", "Pacific/Noumea", "Pacific/Tahiti", "Asia/Tokyo", "Australia/Sydney", "UTC");

    private EditorConfig() {
    }

    static String json(RuleBook rules, String language) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("lang", language);
        ObjectNode networks = root.putObject("networks");
        for (NetworkProfile profile : rules.networks().values()) {
            ObjectNode net = networks.putObject(profile.id().value());
            net.put("name", profile.name());
            if (profile.fold() != null) {
                net.put("fold", profile.fold());
            }
            net.put("maxMedia", profile.maxMedia());
            ObjectNode windows = net.putObject("windows");
            for (Map.Entry<Audience, List<PostingWindow>> audience : profile.windows().entrySet()) {
                ArrayNode list = windows.putArray(audience.getKey().id());
                for (PostingWindow w : audience.getValue()) {
                    ObjectNode item = list.addObject();
                    ArrayNode days = item.putArray("days");
                    for (DayOfWeek day : DayOfWeek.values()) {
                        if (w.days().contains(day)) {
                            days.add(day.getValue());
                        }
                    }
                    item.put("from", w.from().toString()).put("to", w.to().toString()).put("source", w.source().in(language));
                }
            }
        }
        ObjectNode tips = root.putObject("tips");
        for (TipSpec tip : rules.tips()) {
            tips.put(tip.id(), tip.title().in(language));
        }
        ObjectNode kinds = root.putObject("kinds");
        rules.kinds().kinds().forEach(kind -> kinds.put(kind.id(), kind.name().in(language)));
        ObjectNode texts = root.putObject("texts");
        ResourceBundle bundle = Messages.bundle(language);
        for (String key : Collections.list(bundle.getKeys())) {
            if (SCRIPT_TEXTS.stream().anyMatch(key::startsWith)) {
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
