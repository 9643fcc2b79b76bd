package fr.ricochet.cli;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchiveException;
import fr.ricochet.archive.ArchiveLimits;
import fr.ricochet.archive.ArchiveReader;
import fr.ricochet.audit.AuditJson;
import fr.ricochet.audit.AuditOptions;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Auditor;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.server.audit.AuditHtmlReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ricochet audit}: an account's whole export, read as an audit of robot-likeness and of what works. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a whole account from its own data export: X or Mastodon archive (.zip), Bluesky "
                + "repository (.car), LinkedIn Shares.csv, or the neutral CSV or JSONL.")
final class AuditCommand implements Callable<Integer> {

    /** Exit code when the archive is read but refused: unknown, broken, or over a limit. */
    static final int REFUSED_ARCHIVE = 5;

    @Parameters(paramLabel = "ARCHIVE", description = "The export file.")
    Path archive;

    @Option(names = "--json", description = "Print the JSON report instead of the readable one.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report, with its charts, as one HTML file.")
    Path html;

    @Option(names = "--follows", paramLabel = "CSV", description = "Mastodon's following_accounts.csv, when apart from the archive.")
    Path follows;

    @Option(names = "--profile-out", paramLabel = "FILE",
            description = "Also write the calibration profile (.json, or .yaml/.yml) for ricochet check --profile.")
    Path profileOut;

    @Option(names = "--tz", paramLabel = "ZONE", description = "The audience's IANA time zone (default Europe/Paris).")
    String timeZone = "Europe/Paris";

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "The report's language: fr (default) or en.")
    String language = "fr";

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: $RICOCHET_RULES, else the embedded rules).")
    Path rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            err.println("ricochet audit: --tz: not an IANA time zone: " + timeZone + " (e.g. Europe/Paris, America/Montreal)");
            return 2;
        }
        if (!"fr".equals(language) && !"en".equals(language)) {
            err.println("ricochet audit: --lang: fr or en, not " + language);
            return 2;
        }
        AccountHistory history;
        try {
            history = read();
        } catch (NoSuchFileException e) {
            err.println("ricochet audit: cannot read " + e.getFile() + ": no such file");
            return Main.UNREADABLE_INPUT;
        } catch (IOException e) {
            err.println("ricochet audit: cannot read " + archive + ": " + e.getMessage());
            return Main.UNREADABLE_INPUT;
        } catch (ArchiveException e) {
            err.println("ricochet audit: " + e.problem().in(language));
            return REFUSED_ARCHIVE;
        }
        Auditor auditor = Auditor.create(Engines.advisor(rules));
        AuditReport report = auditor.audit(history, AuditOptions.defaults().in(zone, language));
        out.print(json ? AuditJson.write(report) + "\n" : AuditTextReport.render(report));
        ResourceBundle words = ResourceBundle.getBundle("i18n.cli", Locale.forLanguageTag(language));
        if (html != null) {
            Files.writeString(html, AuditHtmlReport.render(report, language), StandardCharsets.UTF_8);
            err.println(String.format(words.getString("audit.html.written"), html));
        }
        if (profileOut != null && report.calibration().profile() != null) {
            String name = profileOut.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
            Files.writeString(profileOut, yaml ? ProfileWriter.yaml(report.calibration().profile())
                    : ProfileWriter.json(report.calibration().profile()), StandardCharsets.UTF_8);
            err.println(String.format(words.getString("audit.profile.written"), profileOut));
        }
        return 0;
    }

    private AccountHistory read() throws IOException, ArchiveException {
        ArchiveReader reader = new ArchiveReader(ArchiveLimits.DEFAULT);
        try (InputStream in = Files.newInputStream(archive);
                InputStream csv = follows == null ? null : Files.newInputStream(follows)) {
            return reader.read(in, archive.getFileName().toString(), csv,
                    follows == null ? null : follows.getFileName().toString());
        }
    }
}
