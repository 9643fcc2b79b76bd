package fr.ricochet.server.web;

import fr.ricochet.report.Report;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.value.NetworkId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything templates/editor.html reads, for any page that embeds the editor: the home page posts to
 * {@code /}, a workshop page to its own URL. Pass the map to {@link Pages#send}.
 */
public final class EditorModel {

    private final RuleBook rules;
    /** The networks in their files' {@code order}, the order communicators think of them. */
    private final List<String> networkOrder;
    private final Map<String, String> networkNames;
    private final Map<String, String> configs = new ConcurrentHashMap<>();

    /** Built once per server: the rules never change while it runs. */
    public EditorModel(RuleBook rules) {
        this.rules = rules;
        this.networkOrder = rules.networkIds().stream().map(NetworkId::value).toList();
        this.networkNames = rules.networks().values().stream()
                .collect(Collectors.toUnmodifiableMap(profile -> profile.id().value(), NetworkProfile::name));
    }

    /**
     * @param report the analysis of {@code form} to show server-side, or null for none yet
     * @param errors messages about the form, already in the page language
     */
    public Map<String, Object> build(String language, String submitUrl, EditorForm form, Report report,
            List<String> errors) {
        return build(language, submitUrl, form, report, errors, null, null);
    }

    /**
     * @param heatNetwork the network whose week the heat map shows (the form's choice), or null for the first
     * @param profile     the calibration profile the report was adjusted with, or null
     */
    public Map<String, Object> build(String language, String submitUrl, EditorForm form, Report report,
            List<String> errors, String heatNetwork, CalibrationProfile profile) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("result", result(language, form, report, heatNetwork, profile));
        model.put("errors", errors);
        model.put("networkOptions", networkOrder);
        model.put("networkNames", networkNames);
        model.put("kindOptions", rules.kinds().kinds().stream()
                .map(k -> Map.entry(k.id(), k.name().in(language))).toList());
        model.put("zones", zones(form.timeZone()));
        model.put("submitUrl", submitUrl);
        // The editor's own page only: a workshop's drafts are compared with one another, all on the studies.
        model.put("profileField", "/".equals(submitUrl));
        model.put("resultUrl", EditorPage.RESULT_PATH);
        model.put("editorConfig", configs.computeIfAbsent(language, EditorConfig::json));
        return model;
    }

    /** What templates/result.html reads: the report as the page shows it, or null before any analysis. */
    ResultView result(String language, EditorForm form, Report report, String heatNetwork, CalibrationProfile profile) {
        return report == null ? null : ResultView.of(report, form, rules, language, heatNetwork, profile);
    }

    /**
     * The time zones a form offers: the usual ones, led by the chosen one when it is another (any IANA zone the API
     * or an earlier form sent), so a form shown again keeps it.
     */
    public static List<String> zones(String chosen) {
        return chosen == null || chosen.isBlank() || EditorConfig.ZONES.contains(chosen) ? EditorConfig.ZONES
                : Stream.concat(Stream.of(chosen), EditorConfig.ZONES.stream()).toList();
    }

    /** The network's display name, or the id of one the rules do not (any longer) define. */
    public String networkName(String id) {
        return networkNames.getOrDefault(id, id);
    }
}
