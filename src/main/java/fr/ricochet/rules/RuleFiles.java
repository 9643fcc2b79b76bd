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
            List<String> postKinds,
            List<String> nudges,
            List<String> gates,
            Map<String, List<String>> quietOn,
            Map<String, Integer> caps,
            List<String> refuses,
            JsonNode settings,
            Map<String, Localized> messages,
            List<ExampleFile> examples) {
    }

    record KindsFile(String fallback, List<KindFile> kinds) {
    }

    record KindFile(String id, Localized name, Boolean sober, Boolean publishNow, Boolean opensOnMention,
            Boolean decisive, Map<String, List<String>> patterns, Map<String, List<String>> hints) {
    }

    record ExampleFile(
            String text,
            List<String> networks,
            String language,
            List<JsonNode> media,
            String scheduledAt,
            String timeZone,
            String audience,
            String kind,
            List<JsonNode> expect) {
    }

    /** @param order where the network comes in lists (the page, the API's allowed values, help): 1 first */
    record NetworkFile(
            String id,
            String name,
            Integer order,
            String counting,
            String entities,
            Integer limit,
            Integer byteLimit,
            Integer byteWarning,
            Integer fold,
            Range lengthSweetSpot,
            HashtagLimits hashtags,
            EmojiLimits emoji,
            MediaLimits media,
            LinkLimits links,
            JsonNode threads,
            TopLevelDomains topLevelDomains,
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

    /** @param source a citation the same in both languages, or {fr, en} when it carries words */
    record WindowFile(List<String> days, String from, String to, JsonNode source) {
    }

    /** {@code time/references.yaml}: how time references are read, per language. */
    record TimeFile(TimeSettingsFile settings, Map<String, TimeLanguageFile> languages) {
    }

    record TimeSettingsFile(Integer remindHours, Integer recentDays, String dayAt, String nightFrom,
            String nightTo) {
    }

    record TimeLanguageFile(
            List<List<String>> weekdays,
            List<List<String>> months,
            List<DayWordFile> days,
            Map<String, String> dayParts,
            Map<String, String> clockWords,
            List<String> timePrefixes,
            List<String> rangeWords,
            List<String> linkWords,
            ModifiersFile modifiers,
            List<String> everyDay,
            List<String> durationAfter,
            List<String> lookingBack,
            List<String> times,
            List<String> dates) {
    }

    record DayWordFile(List<String> words, Integer offset, String at) {
    }

    record ModifiersFile(@com.fasterxml.jackson.annotation.JsonProperty("this") SidesFile current, SidesFile next,
            SidesFile past, SidesFile habitual) {
    }

    record SidesFile(List<String> before, List<String> after) {
    }
}
