package fr.ricochet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.TestEngine;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.testing.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ricochet check --profile FILE}, and a profile inline in a batch line. */
class ProfileCommandLineTest {

    private static final CalibrationProfile PROFILE = Profiles.profile("x", List.of(Profiles.IMAGE_TWICE),
            List.of());
    private static final String DRAFT = "Nouveaux horaires de la médiathèque : ouverte le dimanche. Venez ! #Lecture";

    @TempDir
    Path directory;

    private static CliRun run(String stdin, String... args) {
        return CliRun.run(stdin, args);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(directory.resolve(name), content);
    }

    @Test
    void aYamlProfileCalibratesTheReportAndTheTextSaysWhatRestsOnTheAccount() throws Exception {
        Path yaml = file("profile.yaml", ProfileWriter.yaml(PROFILE));
        CliRun text = run("", "check", "--rules", "rules", "--no-grammar", "--profile", yaml.toString(), DRAFT);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Calibré sur @mediatheque (412\u00A0messages)");
        assertThat(text.out().lines().filter(l -> l.contains("media ")).findFirst().orElseThrow())
                .endsWith("· d'après vos données");
        CliRun json = run("", "check", "--rules", "rules", "--no-grammar", "--json", "--profile", yaml.toString(), DRAFT);
        JsonNode report = TestEngine.json().readTree(json.out());
        assertThat(report.get("profile").get("account").textValue()).isEqualTo("@mediatheque");
        JsonNode media = null;
        for (JsonNode tip : report.get("tips")) {
            media = tip.get("id").textValue().equals("media") ? tip : media;
        }
        assertThat(media.get("weight").intValue()).isEqualTo(24);
        assertThat(media.get("basis").textValue()).isEqualTo("account");
    }

    @Test
    void withoutAProfileNothingSaysItRestsOnTheAccount() {
        CliRun text = run("", "check", "--rules", "rules", "--no-grammar", DRAFT);
        assertThat(text.out()).doesNotContain("d'après vos données", "Calibré");
    }

    @Test
    void aBadProfileFileExitsWith2AndEveryError() throws Exception {
        Path bad = file("bad.yaml", ProfileWriter.yaml(PROFILE).replace("network: x", "network: myspace")
                .replace("Europe/Paris", "Paris"));
        CliRun run = run("", "check", "--rules", "rules", "--no-grammar", "--profile", bad.toString(), DRAFT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--profile " + bad + ": network: \"myspace\" is not a known network",
                "timeZone: \"Paris\" is not an IANA time zone");
        assertThat(run.out()).isEmpty();
        CliRun missing = run("", "check", "--rules", "rules", "--profile", directory.resolve("none.yaml").toString(), DRAFT);
        assertThat(missing.code()).isEqualTo(Main.UNREADABLE_INPUT);
    }

    @Test
    void aBatchLineMayCarryItsProfileInline() throws Exception {
        String calibrated = "{\"id\": 1, \"text\": \"" + DRAFT + "\", \"profile\": " + ProfileWriter.json(PROFILE)
                .replace("\n", " ") + "}";
        String byId = "{\"id\": 2, \"text\": \"" + DRAFT + "\", \"profile\": \"abcdefghijklmnopqrstuvwxyz\"}";
        Path lines = file("drafts.jsonl", calibrated + "\n" + byId + "\n");
        CliRun run = run("", "check", "--rules", "rules", "--batch", lines.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(2);
        assertThat(TestEngine.json().readTree(out.get(0)).get("profile").get("posts").intValue()).isEqualTo(412);
        JsonNode refused = TestEngine.json().readTree(out.get(1)).get("error");
        assertThat(refused.get("status").intValue()).isEqualTo(400);
        assertThat(refused.get("errors").get(0).get("field").textValue()).isEqualTo("profile");
        CliRun both = run("", "check", "--rules", "rules", "--batch", lines.toString(), "--profile", lines.toString());
        assertThat(both.code()).isEqualTo(2);
    }
}
