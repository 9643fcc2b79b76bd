package fr.ricochet.report.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.check.Severity;
import org.junit.jupiter.api.Test;

class LanguageToolShapeTest {

    @Test
    void contextShowsFortyCharactersEachSideWithEllipses() {
        String text = "a".repeat(50) + "#Astuces" + "b".repeat(50);
        LanguageToolAnswer.Context context = LanguageToolShape.context(text, 50, 8);
        assertThat(context.text()).isEqualTo("..." + "a".repeat(40) + "#Astuces" + "b".repeat(40) + "...");
        assertThat(context.text().substring(context.offset(), context.offset() + context.length())).isEqualTo("#Astuces");
    }

    @Test
    void contextNeverCutsAnEmojiInHalf() {
        String text = "😀".repeat(30) + "X";
        LanguageToolAnswer.Context context = LanguageToolShape.context(text, 60, 1);
        assertThat(Character.isLowSurrogate(context.text().charAt(3))).isFalse();
        assertThat(context.text().charAt(context.offset())).isEqualTo('X');
    }

    @Test
    void sentenceIsTheOneHoldingTheMatch() {
        String text = "Première phrase. Venez nombreux jeudi ! Dernière.";
        assertThat(LanguageToolShape.sentence(text, text.indexOf("jeudi"), "fr")).isEqualTo("Venez nombreux jeudi !");
        assertThat(LanguageToolShape.sentence(text, 0, "fr")).isEqualTo("Première phrase.");
    }

    @Test
    void codesMapToRicochetsLanguages() {
        assertThat(LanguageCodes.toRicochet("fr-CA")).hasValue("fr");
        assertThat(LanguageCodes.toRicochet("en_GB")).hasValue("en");
        assertThat(LanguageCodes.toRicochet("auto")).hasValue("auto");
        assertThat(LanguageCodes.toRicochet("de-DE")).isEmpty();
        assertThat(LanguageCodes.toRicochet(null)).isEmpty();
    }

    @Test
    void ruleIdsAndIssueTypesFollowLanguageToolsConventions() {
        assertThat(LanguageToolShape.ruleId("call-to-action")).isEqualTo("CALL_TO_ACTION");
        assertThat(LanguageToolShape.issueType(Severity.ERROR)).isEqualTo("grammar");
        assertThat(LanguageToolShape.issueType(Severity.SUGGESTION)).isEqualTo("style");
    }
}
