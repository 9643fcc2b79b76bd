package fr.ricochet.server.audit;

import fr.ricochet.audit.AuditJson;
import fr.ricochet.audit.AuditMessages;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Calibration;
import fr.ricochet.audit.Effect;
import fr.ricochet.audit.EffectLabels;
import fr.ricochet.audit.Handles;
import fr.ricochet.audit.PostExample;
import fr.ricochet.audit.Signal;
import fr.ricochet.rules.profile.ProfileWindow;
import fr.ricochet.server.web.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * What the result fragment ({@code audit-result.html}) shows, worked out once from the report in the page's
 * language: figures formatted, dates in the audience's zone, charts drawn, downloads encoded. The page and the
 * standalone report both render this one view.
 *
 * @param name the account's handle, or its export's format when the archive names no handle
 * @param standalone the report saved as a file: no server to store a profile in
 */
public record AuditView(AuditReport report, String name, String verdict, String period, List<SignalView> signals,
        List<EffectView> effects, List<String> bestWindows, Charts charts, List<Download> downloads,
        String profileJson, boolean standalone) {

    /** A signal as the page states it: its name, its figure against its threshold, and the posts that show it. */
    public record SignalView(String id, String name, String value, String threshold, boolean measured,
            boolean flagged, String message, List<ExampleView> examples) {
    }

    public record ExampleView(String date, String text) {
    }

    /** One calibration row: the account's figure, its interval, the group sizes and the study's figure. */
    public record EffectView(String label, String ratio, String low, String high, int n, int nOthers,
            boolean significant, String studyRatio, String studyFinding, String studySource) {
    }

    public record Charts(String heatMap, String histogram, String trend, String forest) {
    }

    /** A file saved from the page as it is, without asking the server again: its bytes travel in a data URI. */
    public record Download(String id, String label, String fileName, String href) {
    }

    public static AuditView of(AuditReport report, String language, boolean standalone) {
        // The auditor wrote the zone it read the account in, a ZoneId's own id.
        ZoneId zone = ZoneId.of(report.account().timeZone());
        Calibration calibration = report.calibration();
        boolean calibrated = calibration != null && calibration.available();
        List<EffectView> effects = calibrated ? calibration.effects().stream().map(e -> effect(e, language)).toList()
                : List.of();
        List<String> windows = calibrated && calibration.bestHours() != null
                ? calibration.bestHours().windows().stream().map(w -> window(w, language)).toList() : List.of();
        Charts charts = new Charts(AuditCharts.heatMap(report.postingHours(), language),
                AuditCharts.histogram(report.scores(), language), AuditCharts.trend(report.scores(), language),
                calibrated ? AuditCharts.forest(calibration.effects(), language) : null);
        boolean profile = calibrated && calibration.profile() != null;
        String handle = Handles.shown(report.account().handle());
        String name = handle != null ? handle : Messages.get(language, "audit.format." + report.account().format());
        return new AuditView(report, name, Messages.get(language, "audit.verdict." + report.verdict().value().id()),
                period(report.account().from(), report.account().to(), zone, language),
                report.signals().stream().map(s -> signal(s, zone, language)).toList(), effects, windows, charts,
                downloads(report, language, profile, standalone),
                profile ? AuditFiles.profileJson(calibration.profile()) : null, standalone);
    }

    private static SignalView signal(Signal signal, ZoneId zone, String language) {
        boolean coefficient = signal.id().equals("regular-intervals");
        String value = signal.value() == null ? Messages.get(language, "audit.signal.unmeasured")
                : coefficient ? AuditCharts.number(signal.value(), language) : percent(signal.value(), language);
        String threshold = coefficient ? AuditCharts.number(signal.threshold(), language)
                : percent(signal.threshold(), language);
        List<ExampleView> examples = signal.examples().stream().map((PostExample p) ->
                new ExampleView(date(p.createdAt(), zone, language), p.text())).toList();
        // The name the verdict's reasons use too, from the audit's own sentences: one name per signal everywhere.
        String name = AuditMessages.get(language, "signal." + signal.id() + ".name");
        return new SignalView(signal.id(), name, value, threshold,
                signal.value() != null, signal.flagged(), signal.message(), examples);
    }

    private static EffectView effect(Effect e, String language) {
        boolean study = e.study() != null;
        return new EffectView(EffectLabels.of(e.feature(), e.group(), language), AuditCharts.number(e.ratio(), language),
                AuditCharts.number(e.low(), language), AuditCharts.number(e.high(), language), e.n(), e.nOthers(),
                e.low() > 1 || e.high() < 1,
                study && e.study().ratio() != null ? AuditCharts.number(e.study().ratio(), language) : null,
                study ? e.study().finding() : null, study ? e.study().source() : null);
    }

    private static String window(ProfileWindow w, String language) {
        return Messages.get(language, "audit.window", w.day().getDisplayName(TextStyle.FULL, Messages.locale(language)),
                w.from(), w.to(), AuditCharts.number(w.ratio(), language), w.n());
    }

    private static List<Download> downloads(AuditReport report, String language, boolean profile,
            boolean standalone) {
        List<Download> files = new ArrayList<>();
        if (!standalone) {
            // The page's result as one file to mail or show offline; the file itself is that file already.
            files.add(new Download("audit-download-report", Messages.get(language, "audit.download.report"),
                    "audit-report.html", dataUri("text/html", AuditHtmlReport.render(report, language))));
        }
        files.add(new Download("audit-download-json", Messages.get(language, "audit.download.json"), "audit.json",
                dataUri("application/json", AuditJson.write(report))));
        for (AuditTable table : AuditTable.values()) {
            if (table != AuditTable.EFFECTS || !report.calibration().effects().isEmpty()) {
                files.add(new Download("audit-download-" + table.id(),
                        Messages.get(language, "audit.download." + table.id()), table.fileName(),
                        dataUri("text/csv", AuditCsv.write(report, table, language))));
            }
        }
        if (profile) {
            files.add(new Download("audit-download-profile-json", Messages.get(language, "audit.download.profileJson"),
                    "profile.json", dataUri("application/json", AuditFiles.profileJson(report.calibration().profile()))));
            files.add(new Download("audit-download-profile-yaml", Messages.get(language, "audit.download.profileYaml"),
                    "profile.yaml", dataUri("application/yaml", AuditFiles.profileYaml(report.calibration().profile()))));
        }
        return files;
    }

    private static String dataUri(String type, String content) {
        // Percent-encoding, not base64: the link stays readable and the encoder escapes every character a URI forbids.
        return "data:" + type + ";charset=utf-8," + URLEncoder.encode(content, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String period(Instant from, Instant to, ZoneId zone, String language) {
        if (from == null || to == null) {
            return Messages.get(language, "audit.period.none");
        }
        return Messages.get(language, "audit.period", date(from, zone, language), date(to, zone, language));
    }

    private static String date(Instant at, ZoneId zone, String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.locale(language)).format(at.atZone(zone));
    }

    private static String percent(double share, String language) {
        NumberFormat format = NumberFormat.getPercentInstance(Messages.locale(language));
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
