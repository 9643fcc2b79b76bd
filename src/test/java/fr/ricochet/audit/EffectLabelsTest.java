package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.engine.RulesLocation;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectLabelsTest {

    @Test
    void everyGroupTheCalibrationComparesHasALabelInBothLanguages() {
        List<PostFeatures> posts = SyntheticAccounts.imagesDoubleLikes(1200, 11);
        Calibration calibration = new Calibrator(AuditRules.load(RulesLocation.resolve(null)))
                .calibrate(SyntheticAccounts.of(posts), posts, ZoneId.of("Europe/Paris"), "fr");
        assertThat(calibration.effects()).hasSize(18);
        for (Effect e : calibration.effects()) {
            for (String language : List.of("fr", "en")) {
                assertThat(EffectLabels.of(e.feature(), e.group(), language)).as(e.feature() + " " + e.group())
                        .doesNotContain(e.group()).matches("^\\p{Lu}.*|^\\d.*");
            }
        }
    }

    @Test
    void labelsReadAsWordsWithEachLanguagesTypography() {
        assertThat(EffectLabels.of("hashtags", "3+", "fr")).isEqualTo("3 hashtags ou plus");
        assertThat(EffectLabels.of("image", "with", "en")).isEqualTo("With an image");
        assertThat(EffectLabels.inSentence("length", "over-200", "fr")).isEqualTo("plus de 200 caractères");
        assertThat(EffectLabels.of("hour", "09-12", "fr")).isEqualTo("De 9 h à 12 h");
        assertThat(EffectLabels.of("hour", "21-24", "en")).isEqualTo("From 21:00 to 24:00");
        assertThat(EffectLabels.of("colour", "red", "en")).isEqualTo("Colour red");
    }

    @Test
    void theGroupsLeftOutAreNamedInWords() {
        List<PostFeatures> posts = SyntheticAccounts.imagesDoubleLikes(60, 16);
        Calibration calibration = new Calibrator(AuditRules.load(RulesLocation.resolve(null)))
                .calibrate(SyntheticAccounts.of(posts), posts, ZoneId.of("Europe/Paris"), "fr");
        assertThat(calibration.message()).contains("Laissés de côté").doesNotContain("over-200")
                .doesNotContain("hashtags 3+").doesNotContain("image with").contains(" et ");
    }
}
