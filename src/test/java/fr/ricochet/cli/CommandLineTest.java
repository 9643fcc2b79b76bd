package fr.ricochet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.TestEngine;
import fr.ricochet.testing.Ids;
import fr.ricochet.value.NetworkId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path directory;

    private static CliRun run(String stdin, String... args) {
        return CliRun.run(stdin, args);
    }

    @Test
    void checkPrintsAReadableReportInTheDraftsLanguage() {
        CliRun run = run("", "check", "--rules", "rules", "--network", "x,linkedin",
                "Slt ! Venez à la médiathèque de Grenoble ce soir !!!");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Score\u00A0: ").contains("x ").contains("linkedin ")
                .contains("CONSEIL").contains("«\u00A0Slt\u00A0» (0–3)").contains("→ Écrire «\u00A0Salut\u00A0»")
                .contains("Version réécrite").contains("Salut ! Venez à la médiathèque de Grenoble ce soir !");
    }

    @Test
    void checkSaysSpellingAndGrammarMistakesUnlessToldNot() {
        String draft = "Les enfant sont invités a participer à l'atelier de samedi !";
        CliRun run = run("", "check", "--rules", "rules", draft);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("language").contains("«\u00A0Les enfant\u00A0» (0–10)")
                .contains("→ Écrire «\u00A0Les enfants\u00A0»");
        CliRun without = run("", "check", "--rules", "rules", "--no-grammar", draft);
        assertThat(without.code()).isZero();
        assertThat(without.out()).doesNotContain("Les enfant\u00A0»");
    }

    /** The help lists what the rules define (the embedded ones here: no RICOCHET_RULES in tests), not a copy of it. */
    @Test
    void checkHelpListsTheNetworksAndKindsOfTheRules() {
        CliRun run = run("", "check", "--help");
        assertThat(run.code()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("Networks to check (" + String.join(", ", Ids.values(TestEngine.RULES.networkIds())) + ")")
                .contains("auto (default: read from the draft), or one of "
                        + String.join(", ", TestEngine.RULES.kinds().ids()));
    }

    @Test
    void checkNamesTheKindAndSaysWhenThePostWillBeRefused() {
        CliRun run = run("", "check", "--rules", "rules", "--kind", "event",
                "Grande soirée jeux à la médiathèque ce vendredi ! Au programme : jeux de plateau pour les familles, "
                + "jeux de cartes pour les plus grands, un coin calme pour les tout-petits et un tournoi amical en fin "
                + "de soirée. Les bénévoles de la ludothèque expliqueront les règles à qui le souhaite, et un goûter "
                + "sera offert par l'association des parents d'élèves. Entrée libre, venez en famille !");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("genre\u00A0: Événement (choisi)")
                .contains("Sera refusé en l'état\u00A0: score plafonné à 40 tant que le premier constat");
        CliRun refusedKind = run("", "check", "--rules", "rules", "--kind", "advert", "Bonjour");
        assertThat(refusedKind.code()).isEqualTo(2);
        assertThat(refusedKind.err()).contains("--kind").contains("allowed: auto, condolence");
    }

    @Test
    void checkJsonIsTheReport() throws Exception {
        CliRun run = run("", "check", "--json", "--rules", "rules", "--at", "2026-12-01T10:00+01:00",
                "--media", "image:Une affiche", "Nous ouvrons le dimanche, venez nous voir !");
        assertThat(run.code()).isZero();
        JsonNode report = TestEngine.json().readTree(run.out());
        assertThat(report.get("score").asInt()).isBetween(0, 100);
        assertThat(report.get("language").get("code").asText()).isEqualTo("fr");
        assertThat(report.get("networks").get(0).get("network").asText()).isEqualTo("x");
        assertThat(report.get("suggestedTime").isNull()).isTrue();
        assertThat(report.get("findings")).noneMatch(f -> f.get("rule").asText().equals("media"));
    }

    @Test
    void checkReadsTheDraftFromStdin() {
        CliRun run = run("We open on Sundays now, come and read with us!\n", "check", "--rules", "rules", "-");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("language: English (detected)");
    }

    @Test
    void aBadOptionIsExplainedWithTheOptionName() {
        CliRun run = run("", "check", "--rules", "rules", "--network", "x,myspace", "--at", "demain", "Bonjour à tous");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--network: 'myspace' is not a known network").contains("--at: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void batchAnswersEveryLineInOrderAndOnlyTheBadLinesFail() throws Exception {
        Path input = directory.resolve("drafts.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Conférence jeudi 18h à la médiathèque, venez !\"}",
                "{\"id\": \"b\", \"text\": \"\"}",
                "this is not json",
                "",
                "{\"id\": 4, \"text\": \"We open on Sundays now!\", \"networks\": [\"mastodon\"]}") + "\n");
        CliRun run = run("", "check", "--rules", "rules", "--batch", input.toString());
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode first = TestEngine.json().readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.has("score")).isTrue();
        JsonNode second = TestEngine.json().readTree(lines.get(1));
        assertThat(second.get("id").asText()).isEqualTo("b");
        assertThat(second.get("error").get("status").asInt()).isEqualTo(400);
        assertThat(second.get("error").get("errors").get(0).get("field").asText()).isEqualTo("text");
        JsonNode third = TestEngine.json().readTree(lines.get(2));
        assertThat(third.get("line").asInt()).isEqualTo(3);
        assertThat(third.get("error").get("title").asText()).isEqualTo("Malformed JSON");
        JsonNode fourth = TestEngine.json().readTree(lines.get(3));
        assertThat(fourth.get("id").asInt()).isEqualTo(4);
        assertThat(fourth.get("networks").get(0).get("network").asText()).isEqualTo("mastodon");
    }

    @Test
    void batchFromStdin() {
        CliRun run = run("{\"text\": \"Bonjour à tous, venez nombreux !\"}\n", "check", "--rules", "rules", "--batch", "-");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void anUnreadableBatchFileIsTheOnlyFailure() {
        CliRun run = run("", "check", "--rules", "rules", "--batch", directory.resolve("missing.jsonl").toString());
        assertThat(run.code()).isEqualTo(Main.UNREADABLE_INPUT);
        assertThat(run.err()).contains("cannot read").contains("missing.jsonl");
    }

    @Test
    void rulesListsTheTipsAndChecksADirectory() throws Exception {
        CliRun list = run("", "rules", "--rules", "rules", "--lang", "en");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("hashtags").contains("Hashtags, but few").contains("authenticity");
        CliRun valid = run("", "rules", "--check", "rules");
        assertThat(valid.code()).isZero();
        assertThat(valid.out()).contains("all valid");
        Files.createDirectories(directory.resolve("tips"));
        Files.createDirectories(directory.resolve("networks"));
        Files.writeString(directory.resolve("networks/x.yaml"), "id: x\nname: X\ncounting: twitter-text\nlimit: -3\n");
        CliRun broken = run("", "rules", "--check", directory.toString());
        assertThat(broken.code()).isEqualTo(Main.INVALID_RULES);
        assertThat(broken.err()).contains("x.yaml: limit: must be above 0").contains("x.yaml: media: is missing");
    }

    /**
     * `rules --check` runs what `serve` runs at start: a counting method no counter knows passes the loader and
     * the compiler, and must fail here as it fails the engine the server builds.
     */
    @Test
    void rulesCheckRunsTheStartUpValidationOfServe() throws Exception {
        copyTheRules();
        Path x = directory.resolve("networks/x.yaml");
        Files.writeString(x, Files.readString(x).replace("counting: twitter-text", "counting: morse"));
        CliRun broken = run("", "rules", "--check", directory.toString());
        assertThat(broken.code()).isEqualTo(Main.INVALID_RULES);
        assertThat(broken.err()).contains("x.yaml: counting: unknown method 'morse'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Engines.advisor(directory))
                .isInstanceOf(fr.ricochet.rules.RulesException.class).hasMessageContaining("unknown method 'morse'");
        Files.writeString(x, Files.readString(x).replace("counting: morse", "counting: twitter-text"));
        assertThat(run("", "rules", "--check", directory.toString()).code()).isZero();
        assertThat(Engines.advisor(directory).rules().networkIds()).contains(NetworkId.of("x"));
    }

    /** A copy of the project's rules in the test's directory, to break one file of it. */
    private void copyTheRules() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path source : files.sorted().toList()) {
                Path target = directory.resolve(Path.of("rules").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** `serve` reads audit.yaml at start: its unknown keys and shares out of range fail the check, named. */
    @Test
    void rulesCheckValidatesTheAuditsThresholds() throws Exception {
        copyTheRules();
        Path audit = directory.resolve("audit.yaml");
        String valid = Files.readString(audit);
        assertThat(run("", "rules", "--check", directory.toString()).out()).contains("audit.yaml").contains("all valid");
        Files.writeString(audit, valid.replace("  openingWords: 3", "  openingWords: 3\n  openingWord: 4"));
        CliRun unknown = run("", "rules", "--check", directory.toString());
        assertThat(unknown.code()).isEqualTo(Main.INVALID_RULES);
        assertThat(unknown.err()).contains("audit.yaml: monotony.openingWord: unknown key 'openingWord'")
                .contains("openingWords");
        Files.writeString(audit, valid.replaceFirst("monotony:\n(.*\n)*?  threshold: 0.5", "monotony:\n  threshold: 1.5"));
        CliRun outOfRange = run("", "rules", "--check", directory.toString());
        assertThat(outOfRange.code()).isEqualTo(Main.INVALID_RULES);
        assertThat(outOfRange.err()).contains("audit.yaml: monotony.threshold: must be a share from 0 to 1, not 1.5");
        Files.delete(audit);
        assertThat(run("", "rules", "--check", directory.toString()).err()).contains("audit.yaml: is missing");
    }

    @Test
    void anInvalidRulesDirectoryStopsCheckWithTheProblems() {
        CliRun run = run("", "check", "--rules", directory.resolve("nowhere").toString(), "Bonjour");
        assertThat(run.code()).isEqualTo(Main.INVALID_RULES);
        assertThat(run.err()).contains("is not a directory");
    }
}
