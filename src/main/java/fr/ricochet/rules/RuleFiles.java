package fr.ricochet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The shapes of the YAML files exactly as written; the loader checks them and builds the specs. */
final class RuleFiles {

    private RuleFiles() {
    }

    record TipFile(
            String id,
            String kind,
            Integer weight,
            List<String> networks,
            Localized title,
            Localized explanation,
            List<Evidence> evidence,
            JsonNode settings,
            Map<String, Localized> messages,
            List<ExampleFile> examples) {
    }

    record ExampleFile(
            String text,
            List<String> networks,
            String language,
            List<JsonNode> media,
            String scheduledAt,
            String timeZone,
            String audience,
            List<String> expect) {
    }

    record NetworkFile(
            String id,
            String name,
            String counting,
            Integer limit,
            Integer byteLimit,
            Integer fold,
            Range lengthSweetSpot,
            HashtagLimits hashtags,
            EmojiLimits emoji,
            MediaLimits media,
            LinkLimits links,
            JsonNode threads,
            Map<String, List<WindowFile>> windows,
            Localized windowsNote) {
    }

    record HashtagLimits(Range sweetSpot, Integer cap) {
    }

    record EmojiLimits(Integer max) {
    }

    record MediaLimits(Integer max, Integer altTextLimit, Boolean required) {
    }

    record LinkLimits(Integer max, Boolean clickable) {
    }

    record WindowFile(List<String> days, String from, String to, String source) {
    }
}
