package fr.ricochet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One tip as written in {@code rules/tips/*.yaml}. The kind names the Java check that runs it;
 * the settings are bound to that kind's own record when the checks are compiled.
 */
public record TipSpec(
        String id,
        String kind,
        int weight,
        List<String> networks,
        Localized title,
        Localized explanation,
        List<Evidence> evidence,
        JsonNode settings,
        Map<String, Localized> messages,
        List<Example> examples,
        Path source) {

    public boolean appliesTo(String network) {
        return networks == null || networks.isEmpty() || networks.contains(network);
    }

    public Localized message(String code) {
        return messages.get(code);
    }
}
