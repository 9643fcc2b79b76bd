package fr.ricochet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileEffect;
import fr.ricochet.score.TipScore;
import fr.ricochet.testing.Profiles;
import fr.ricochet.value.Basis;
import fr.ricochet.value.LanguageChoice;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The advice with a calibration profile: what the account's own data changes, and only that. */
class CalibratedAdviceTest {

    private static final String DRAFT = "Nouveaux horaires de la médiathèque : ouverte le dimanche de 14 h à 18 h. "
            + "Venez découvrir le fonds jeunesse ! #Lecture";
    private static final CalibrationProfile IMAGES_TWICE = Profiles.profile("x", List.of(Profiles.IMAGE_TWICE),
            List.of());

    private static Report analyze(AnalysisRequest request) {
        return TestEngine.ADVISOR.analyze(request);
    }

    private static TipScore tip(Report report, String id) {
        return report.tips().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Finding> findings(Report report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aSignificantImageEffectDoublesTheMediaTipOnItsNetworkAndSaysItRestsOnTheAccount() {
        Report studies = analyze(AnalysisRequest.of(DRAFT, "x"));
        Report calibrated = analyze(AnalysisRequest.of(DRAFT, "x").withProfile(IMAGES_TWICE));
        assertThat(tip(studies, "media").weight()).isEqualTo(12);
        assertThat(tip(calibrated, "media").weight()).isEqualTo(24);
        assertThat(tip(calibrated, "media").basis()).isEqualTo(Basis.ACCOUNT);
        assertThat(tip(calibrated, "media").max()).isGreaterThan(tip(studies, "media").max());
        assertThat(calibrated.score()).isLessThan(studies.score());
        assertThat(findings(calibrated, "media")).isNotEmpty().allSatisfy(f -> assertThat(f.basis())
                .isEqualTo(Basis.ACCOUNT));
        assertThat(calibrated.tips().stream().mapToInt(t -> t.max() == null ? 0 : t.max()).sum()).isEqualTo(100);
        assertThat(tip(calibrated, "hashtags").basis()).isEqualTo(Basis.STUDY);
        assertThat(findings(calibrated, "hashtags")).allSatisfy(f -> assertThat(f.basis()).isEqualTo(Basis.STUDY));
    }

    @Test
    void anEffectFarBeyondTheClampIsHeldAtTwiceTheWeight() {
        CalibrationProfile huge = Profiles.profile("x", List.of(new ProfileEffect("image", "with", 9, 6, 12, 90, 300)),
                List.of());
        assertThat(tip(analyze(AnalysisRequest.of(DRAFT, "x").withProfile(huge)), "media").weight()).isEqualTo(24);
        CalibrationProfile worse = Profiles.profile("x",
                List.of(new ProfileEffect("image", "with", 0.1, 0.05, 0.2, 90, 300)), List.of());
        assertThat(tip(analyze(AnalysisRequest.of(DRAFT, "x").withProfile(worse)), "media").weight()).isEqualTo(6);
    }

    @Test
    void aProfileOfAnotherNetworkChangesNothing() {
        Report studies = analyze(AnalysisRequest.of(DRAFT, "mastodon"));
        Report other = analyze(AnalysisRequest.of(DRAFT, "mastodon").withProfile(IMAGES_TWICE));
        assertThat(other).usingRecursiveComparison().ignoringFields("profile").isEqualTo(studies);
        assertThat(other.profile().network().value()).isEqualTo("x");
    }

    @Test
    void onSeveralNetworksOnlyTheProfilesNetworkScoreMoves() {
        Report studies = analyze(AnalysisRequest.of(DRAFT, "x", "mastodon"));
        Report calibrated = analyze(AnalysisRequest.of(DRAFT, "x", "mastodon").withProfile(IMAGES_TWICE));
        assertThat(calibrated.networks().get(1).score()).isEqualTo(studies.networks().get(1).score());
        assertThat(calibrated.networks().get(0).score()).isLessThan(studies.networks().get(0).score());
    }

    @Test
    void anInsignificantEffectChangesNothing() {
        Report studies = analyze(AnalysisRequest.of(DRAFT, "x"));
        Report noise = analyze(AnalysisRequest.of(DRAFT, "x").withProfile(Profiles.profile("x",
                List.of(Profiles.IMAGE_NOISE), List.of())));
        // the same report in every part but the profile it names
        assertThat(noise).usingRecursiveComparison().ignoringFields("profile").isEqualTo(studies);
        assertThat(studies.profile()).isNull();
        assertThat(noise.tips()).allSatisfy(t -> assertThat(t.basis()).isEqualTo(Basis.STUDY));
    }

    @Test
    void theTimingTipUsesTheAccountsOwnWindowsAndNamesThemAsItsSource() {
        // Tuesday 10:30 in Paris: inside the studies' window on X, outside the account's own (Sunday evening)
        AnalysisRequest planned = new AnalysisRequest("Nouveaux horaires de la médiathèque, venez nombreux !",
                List.of(fr.ricochet.value.NetworkId.of("x")), LanguageChoice.FR, List.of(),
                OffsetDateTime.parse("2026-12-01T10:30:00+01:00"), java.time.ZoneId.of("Europe/Paris"),
                fr.ricochet.value.Audience.GENERAL, null);
        assertThat(findings(analyze(planned), "timing")).noneMatch(f -> f.code().equals("outside"));
        Report own = analyze(planned.withProfile(Profiles.profile("x", List.of(),
                List.of(Profiles.SUNDAY_EVENING))));
        assertThat(findings(own, "timing")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("outside");
            assertThat(f.basis()).isEqualTo(Basis.ACCOUNT);
            assertThat(f.message()).contains("les données de votre compte (412\u00A0messages, 2024-01 → 2025-11)");
        });
        assertThat(tip(own, "timing").basis()).isEqualTo(Basis.ACCOUNT);
        assertThat(own.suggestedTime().at()).isEqualTo(OffsetDateTime.parse("2026-12-06T18:00:00+01:00"));
        assertThat(own.suggestedTime().sources()).containsExactly(
                "les données de votre compte (412\u00A0messages, 2024-01 → 2025-11)");
    }

    @Test
    void postsWithoutTagsDoingBetterStopTheNudgeToAddOne() {
        String untagged = "Nouveaux horaires de la médiathèque : ouverte le dimanche de 14 h à 18 h. Venez !";
        assertThat(findings(analyze(AnalysisRequest.of(untagged, "x")), "hashtags"))
                .anyMatch(f -> f.code().equals("too-few"));
        CalibrationProfile noTags = Profiles.profile("x",
                List.of(new ProfileEffect("hashtags", "0", 1.5, 1.2, 1.9, 200, 212)), List.of());
        Report calibrated = analyze(AnalysisRequest.of(untagged, "x").withProfile(noTags));
        assertThat(findings(calibrated, "hashtags")).isEmpty();
        assertThat(tip(calibrated, "hashtags").basis()).isEqualTo(Basis.ACCOUNT);
    }

    @Test
    void postsWithThreeTagsOrMoreDoingBetterRelaxTheUpperBound() {
        String tagged = "Nouveaux horaires de la médiathèque : ouverte le dimanche. #Lecture #Livres #Culture";
        assertThat(findings(analyze(AnalysisRequest.of(tagged, "x")), "hashtags"))
                .anyMatch(f -> f.code().equals("too-many"));
        CalibrationProfile manyTags = Profiles.profile("x",
                List.of(new ProfileEffect("hashtags", "3+", 1.7, 1.3, 2.2, 80, 332)), List.of());
        assertThat(findings(analyze(AnalysisRequest.of(tagged, "x").withProfile(manyTags)), "hashtags")).isEmpty();
    }
}
