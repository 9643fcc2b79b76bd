package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ricochet.engine.RulesLocation;
import fr.ricochet.rules.RulesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditRulesTest {

    @TempDir
    Path rules;

    private static String embedded() throws IOException {
        return Files.readString(RulesLocation.resolve(null).resolve(AuditRules.FILE));
    }

    private RulesException loadFailing(String yaml) throws IOException {
        Files.writeString(rules.resolve(AuditRules.FILE), yaml);
        return catchThrowableOfType(RulesException.class, () -> AuditRules.load(rules));
    }

    @Test
    void theEmbeddedRulesLoadWithAStudyBesideEachCalibratedFeature() {
        AuditRules audit = AuditRules.load(RulesLocation.resolve(null));
        assertThat(audit.monotony().threshold()).isEqualTo(0.5);
        assertThat(audit.automationSource().automated()).contains("IFTTT", "dlvr.it", "Zapier");
        assertThat(audit.automationSource().scheduled()).contains("Buffer", "Hootsuite")
                .doesNotContainAnyElementsOf(audit.automationSource().automated());
        for (String feature : Calibrator.FEATURES) {
            assertThat(audit.calibration().studies()).as(feature).anyMatch(s -> s.feature().equals(feature));
        }
        assertThat(audit.calibration().study("hour", "09-12").source()).isEqualTo("Stone Temple, 2014");
        assertThat(audit.calibration().study("hashtags", "3+").ratio()).isEqualTo(0.83);
        assertThat(audit.calibration().study("hashtags", "0")).isNull();
    }

    @Test
    void aMissingThresholdIsNamed() throws IOException {
        RulesException e = loadFailing(embedded().replaceFirst("  threshold: 0.5\n", ""));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("monotony.threshold");
            assertThat(p.message()).isEqualTo("is missing (a number)");
        });
    }

    @Test
    void anUnknownKeyNamesTheAllowedOnes() throws IOException {
        RulesException e = loadFailing(embedded().replace("  openingWords: 3", "  openingWords: 3\n  openers: 4"));
        assertThat(e.getMessage()).contains("monotony.openers: unknown key 'openers' (allowed: openingWords, threshold)");
    }

    @Test
    void valuesOutOfRangeAreEachNamed() throws IOException {
        RulesException e = loadFailing(embedded().replaceFirst("  threshold: 0.5\n", "  threshold: 1.5\n")
                .replace("bands: 16", "bands: 5").replace("window: 51", "window: 50")
                .replace("weak: [link-only,", "weak: [link-farming,"));
        assertThat(e.problems()).extracting(RulesException.Problem::field).containsExactlyInAnyOrder(
                "monotony.threshold", "nearDuplicates.bands", "verdict.weak", "calibration.window");
        assertThat(e.getMessage()).contains("must be a share from 0 to 1, not 1.5")
                .contains("'link-farming' is not a signal");
    }

    @Test
    void aWrongTypeAndAMissingFileAreSaid() throws IOException {
        RulesException wrong = loadFailing(embedded().replace("minimumPosts: 20", "minimumPosts: many"));
        assertThat(wrong.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("minimumPosts"));
        Files.delete(rules.resolve(AuditRules.FILE));
        RulesException missing = catchThrowableOfType(RulesException.class, () -> AuditRules.load(rules));
        assertThat(missing.getMessage()).contains("audit.yaml: is missing");
    }
}
