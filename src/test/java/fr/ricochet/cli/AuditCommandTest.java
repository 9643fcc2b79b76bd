package fr.ricochet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.archive.PlantedAccounts;
import fr.ricochet.archive.SyntheticArchives;
import fr.ricochet.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ricochet audit ARCHIVE}: the report in a terminal or as JSON, the profile written, bad input refused. */
class AuditCommandTest {

    @TempDir
    static Path directory;
    private static Path botArchive;
    private static Path imagesArchive;

    @BeforeAll
    static void writeArchives() throws Exception {
        botArchive = Files.write(directory.resolve("bot.zip"), SyntheticArchives.xArchive(PlantedAccounts.iftttBot()));
        imagesArchive = Files.write(directory.resolve("images.zip"),
                SyntheticArchives.xArchive(PlantedAccounts.imageLover()));
    }

    private static CliRun run(String... args) {
        return CliRun.run("", args);
    }

    @Test
    void theReadableReportGivesTheVerdictAndEverySignalInFrench() throws Exception {
        Path html = directory.resolve("report.html");
        CliRun run = run("audit", "--rules", "rules", "--html", html.toString(), botArchive.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(html)).contains("<svg", "automation-source").doesNotContain("<script");
        assertThat(run.out()).contains("Verdict\u00A0: se lit comme un robot", "SIGNALÉ", "automation-source",
                "IFTTT", "Messages\u00A0: 600 en tout, 600 originaux");
    }

    @Test
    void theJsonIsTheAuditContractInTheLanguageAsked() throws Exception {
        CliRun run = run("audit", "--rules", "rules", "--json", "--lang", "en", "--tz", "America/Montreal",
                botArchive.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = ReportJson.mapper().readTree(run.out());
        assertThat(json.at("/verdict/value").asText()).isEqualTo("robot");
        assertThat(json.at("/account/timeZone").asText()).isEqualTo("America/Montreal");
        assertThat(json.at("/account/language").asText()).isEqualTo("en");
        assertThat(json.at("/signals/0/message").asText()).contains("posts");
    }

    @Test
    void theProfileWrittenByAnAuditCalibratesACheck() throws Exception {
        Path profile = directory.resolve("profile.yaml");
        CliRun audit = run("audit", "--rules", "rules", "--profile-out", profile.toString(), imagesArchive.toString());
        assertThat(audit.code()).as(audit.err()).isZero();
        assertThat(Files.readString(profile)).contains("feature: image", "group: with");
        CliRun check = run("check", "--rules", "rules", "--no-grammar", "--json", "--profile", profile.toString(),
                "Nouvelle exposition à la médiathèque, venez la découvrir !");
        assertThat(check.code()).as(check.err()).isZero();
        JsonNode report = ReportJson.mapper().readTree(check.out());
        assertThat(report.at("/tips")).anySatisfy(tip -> {
            assertThat(tip.get("id").asText()).isEqualTo("media");
            assertThat(tip.get("basis").asText()).isEqualTo("account");
        });
    }

    @Test
    void aMissingFileABrokenArchiveAndABadZoneAreRefusedWithWhatIsWrong() throws Exception {
        CliRun missing = run("audit", directory.resolve("nowhere.zip").toString());
        assertThat(missing.code()).isEqualTo(Main.UNREADABLE_INPUT);
        assertThat(missing.err()).contains("nowhere.zip", "no such file");

        Path broken = Files.write(directory.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        CliRun refused = run("audit", "--lang", "en", broken.toString());
        assertThat(refused.code()).isEqualTo(AuditCommand.REFUSED_ARCHIVE);
        assertThat(refused.err()).startsWith("ricochet audit: ").doesNotContain("Exception");

        CliRun zone = run("audit", "--tz", "Europe/Lutece", botArchive.toString());
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).contains("--tz", "Europe/Lutece");
    }
}
