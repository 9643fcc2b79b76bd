package fr.ricochet.report.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.check.Severity;
import fr.ricochet.value.Language;
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
    void sentencesAreLanguageToolsRangesWithoutTheirBlanks() {
        String text = "Première phrase. Venez nombreux jeudi ! Dernière.";
        assertThat(Sentences.of(text, Language.FR)).containsExactly(new int[] {0, 16}, new int[] {17, 39},
                new int[] {40, 49});
    }

    @Test
    void aLineBreakEndsASentenceOnlyAfterItsEndOrAsABlankLine() {
        String text = "Bonjour,\nle conseil se réunit mardi.\nCordialement\n\n#Mairie";
        assertThat(Sentences.of(text, Language.FR)).containsExactly(new int[] {0, 36}, new int[] {37, 49},
                new int[] {51, 58});
    }

    @Test
    void aClosingQuoteBelongsToTheSentenceItCloses() {
        String text = "« Le vrai voyage, c'est d'avoir de nouveaux yeux. » Marcel Proust";
        assertThat(Sentences.of(text, Language.FR)).containsExactly(new int[] {0, 51}, new int[] {52, 65});
    }

    @Test
    void codesAreAnsweredAsLanguageToolNamesThem() {
        assertThat(LanguageCodes.answered("fr-FR")).isEqualTo(new LanguageCodes.Entry("French", "fr", "fr"));
        assertThat(LanguageCodes.answered("fr-ca").longCode()).isEqualTo("fr-CA");
        assertThat(LanguageCodes.answered("EN").name()).isEqualTo("English");
        assertThat(LanguageCodes.answered("en-US").name()).isEqualTo("English (US)");
        assertThat(LanguageCodes.answered("fr-LU").longCode()).isEqualTo("fr");
        assertThat(LanguageCodes.detected(Language.EN).longCode()).isEqualTo("en-US");
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
