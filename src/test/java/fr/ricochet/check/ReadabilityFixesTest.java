package fr.ricochet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ricochet.TestEngine;
import fr.ricochet.report.Report;
import fr.ricochet.rules.RulesException;
import fr.ricochet.rules.RulesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readability fixes leave publishable text: sentence case that keeps names and acronyms, SMS expansions that keep the meaning. */
class ReadabilityFixesTest {

    @TempDir
    Path directory;

    @Test
    void shoutingGoesToSentenceCaseKeepingAcronymsCodesAndNames() {
        assertThat(calmer("INTRODUCING THE NEW AURORA X2 SMARTWATCH… BUILT-IN GPS AND A GORGEOUS OLED", "en"))
                .isEqualTo("Introducing the new Aurora X2 smartwatch… Built-in GPS and a gorgeous OLED");
        assertThat(calmer("DERNIERS JOURS, FONCEZ AVANT QU'IL SOIT TROP TARD ! SOLDES À PARIS ET À GRENOBLE AVEC LA SNCF", "fr"))
                .isEqualTo("Derniers jours, foncez avant qu'il soit trop tard ! Soldes à Paris et à Grenoble avec la SNCF");
        assertThat(calmer("INSCRIVEZ-VOUS VITE : L'ATELIER DU CDI EST PRESQUE COMPLET, RENDEZ-VOUS À LA MÉDIATHÈQUE D'ÉTÉ !", "fr"))
                .isEqualTo("Inscrivez-vous vite : l'atelier du CDI est presque complet, rendez-vous à la médiathèque d'été !");
    }

    @Test
    void aCapitalOnlyWhereASentenceStartsAndEntitiesLeftAsWritten() {
        assertThat(calmer("🔥 ONLY TODAY… BUY NOW BEFORE IT'S GONE! AND I LOVE IT, OK? #SALE", "en"))
                .isEqualTo("🔥 Only today… Buy now before it's gone! And I love it, OK? #SALE");
        Report report = analyze("Big news! We are SO EXCITED to announce our NEW app.", "en");
        assertThat(fixes(report, "shouting")).as("one fix for every run, the words between them kept")
                .containsExactly("so excited to announce our new");
    }

    @Test
    void acronymsAloneAreNotShouting() {
        assertThat(findings(analyze("La SNCF et la RATP annoncent un plan commun avec l'ADEME et le CNRS.", "fr"),
                "shouting")).isEmpty();
        assertThat(findings(analyze("Our app now reads NFC tags and shows GPS tracks on OLED and LCD screens.", "en"),
                "shouting")).isEmpty();
    }

    @Test
    void anExpansionThatMayChangeTheMeaningIsOfferedNotApplied() {
        assertThat(safety("Venez bcp à la soirée jeux", "fr")).containsExactly("bcp:false");
        assertThat(safety("Il y aura bcp de surprises", "fr")).containsExactly("bcp:true");
        assertThat(safety("Merci bcp à tous", "fr")).containsExactly("bcp:true");
        assertThat(safety("Venez tôt pcq il y aura du monde", "fr")).containsExactly("pcq:false");
        assertThat(safety("Venez tôt pcq nous fermons à midi", "fr")).containsExactly("pcq:true");
        assertThat(safety("Slt, on se voit ds la salle", "fr")).containsExactly("Slt:true", "ds:false");
        assertThat(safety("ur welcome, thx for coming", "en")).containsExactly("ur:false", "thx:true");
        Report report = analyze("Slt ! Venez bcp à la soirée jeux, merci bcp !", "fr");
        assertThat(report.rewrite()).isEqualTo("Salut ! Venez bcp à la soirée jeux, merci beaucoup !");
        Finding offered = findings(report, "abbreviation").get(1);
        assertThat(offered.suggestions().get(0).text()).isEqualTo("Écrire «\u00A0beaucoup\u00A0», si le sens reste le même (sinon, reformulez)");
    }

    @Test
    void anAbbreviationWithABadPatternOrNoSafetyIsNamed() throws IOException {
        fr.ricochet.testing.ProjectRules.copyTo(directory);
        Path file = directory.resolve("tips/readability.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("ds: {full: dans, safe: false}", "ds: {full: dans, safe: false, safeAfter: \"(\"}"));
        assertThat(problem()).satisfies(p -> {
            assertThat(p.field()).isEqualTo("settings.abbreviations.fr.ds");
            assertThat(p.message()).contains("safeAfter: not a valid regular expression");
        });
        Files.writeString(file, text.replace("dsl: {full: désolé, safe: false}", "dsl: {full: désolé}"));
        assertThat(problem()).satisfies(p -> {
            assertThat(p.field()).isEqualTo("settings.abbreviations.fr.dsl");
            assertThat(p.message()).contains("safe is missing");
        });
    }

    private RulesException.Problem problem() {
        RulesException e = catchThrowableOfType(RulesException.class,
                () -> CheckCompiler.compile(RulesLoader.load(directory)));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private static Report analyze(String text, String language) {
        return TestEngine.analyze(TestEngine.json().createObjectNode().put("text", text).put("language", language));
    }

    private static List<Finding> findings(Report report, String code) {
        return report.findings().stream().filter(f -> f.rule().equals("readability") && f.code().equals(code)).toList();
    }

    private static List<String> fixes(Report report, String code) {
        return findings(report, code).stream().map(f -> f.suggestions().get(0).replacement().value()).toList();
    }

    /** The whole draft shouted: one finding, and its fix applied. */
    private static String calmer(String text, String language) {
        Report report = analyze(text, language);
        List<Finding> shouting = findings(report, "shouting");
        assertThat(shouting).hasSize(1);
        Replacement fix = shouting.get(0).suggestions().get(0).replacement();
        assertThat(shouting.get(0).suggestions().get(0).safe()).isFalse();
        return new StringBuilder(text).replace(fix.offset(), fix.end(), fix.value()).toString();
    }

    private static List<String> safety(String text, String language) {
        String draft = text;
        return findings(analyze(text, language), "abbreviation").stream()
                .map(f -> draft.substring(f.offset(), f.offset() + f.length()) + ":" + f.suggestions().get(0).safe())
                .toList();
    }
}
