package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.Engagement;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileWindow;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CalibratorTest {

    private static final AuditRules RULES = AuditRules.load(RulesLocation.resolve(null));
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Calibrator CALIBRATOR = new Calibrator(RULES);

    private static Calibration calibrate(List<PostFeatures> posts, String language) {
        return CALIBRATOR.calibrate(SyntheticAccounts.of(posts), posts, PARIS, language);
    }

    private static Map<String, Effect> effects(Calibration calibration) {
        return calibration.effects().stream().collect(Collectors.toMap(e -> e.feature() + " " + e.group(), e -> e));
    }

    private static boolean holdsOne(Effect effect) {
        return effect.low() <= 1 && effect.high() >= 1;
    }

    @Test
    void thePlantedImageEffectStandsOutAndTheOthersDoNot() {
        Calibration calibration = calibrate(SyntheticAccounts.imagesDoubleLikes(1200, 11), "fr");
        assertThat(calibration.available()).isTrue();
        assertThat(calibration.posts()).isEqualTo(1200);
        assertThat(calibration.engagement()).isEqualTo("likes+reposts");
        Map<String, Effect> effects = effects(calibration);
        Effect image = effects.get("image with");
        assertThat(image.low()).isGreaterThan(1);
        assertThat(image.ratio()).isBetween(1.6, 2.4);
        assertThat(image.n() + image.nOthers()).isEqualTo(1200);
        assertThat(image.study().ratio()).isEqualTo(1.35);
        assertThat(image.study().source()).contains("Twitter, 2014");
        for (String unplanted : List.of("mention with", "question with", "hashtags 0", "hashtags 1-2", "hashtags 3+")) {
            assertThat(holdsOne(effects.get(unplanted))).as(unplanted).isTrue();
        }
        // Links come only once the audience is larger: the rolling median keeps that from passing for an effect.
        assertThat(holdsOne(effects.get("link with"))).as("link with").isTrue();
        assertThat(effects.keySet()).contains("hour 00-03", "hour 21-24", "length under-100", "length over-200");
        assertThat(calibration.message()).contains("médiane des 51 messages");
    }

    /** Eighteen groups compared at once: each interval at 1 - 0.05/18, wider than a plain 95 % one. */
    @Test
    void theIntervalsAreCorrectedForHowManyEffectsAreReported() {
        Calibration calibration = calibrate(SyntheticAccounts.imagesDoubleLikes(1200, 11), "en");
        IntervalLevel level = calibration.intervals();
        assertThat(level.correction()).isEqualTo("bonferroni");
        assertThat(level.comparisons()).isEqualTo(calibration.effects().size()).isEqualTo(18);
        assertThat(level.confidence()).isCloseTo(1 - 0.05 / 18, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(calibration.message()).contains("each at 99.72% so that the 18 comparisons hold together at 95% "
                + "(Bonferroni correction)").contains("7,200 resamples");
        assertThat(calibrate(SyntheticAccounts.imagesDoubleLikes(1200, 11), "fr").message())
                .contains("chacun à 99,72\u00A0%").contains("correction de Bonferroni");

        double[] relative = new java.util.SplittableRandom(3).doubles(600, 0.5, 1.5).toArray();
        Comparisons comparisons = new Comparisons(relative, RULES.calibration());
        Comparisons.Comparison plain = comparisons.compare(i -> i % 3 == 0, 20, "g", 0.05);
        Comparisons.Comparison corrected = comparisons.compare(i -> i % 3 == 0, 20, "g", level.alpha());
        assertThat(corrected.low()).isLessThan(plain.low());
        assertThat(corrected.high()).isGreaterThan(plain.high());
    }

    @Test
    void withoutTheRollingMedianTheGrowingAudienceWouldFakeALinkEffect() {
        List<PostFeatures> posts = SyntheticAccounts.imagesDoubleLikes(1200, 11);
        long linked = posts.stream().filter(PostFeatures::link).mapToLong(f -> f.post().engagement().likes()).sorted()
                .skip(posts.stream().filter(PostFeatures::link).count() / 2).findFirst().orElseThrow();
        long others = posts.stream().filter(f -> !f.link()).mapToLong(f -> f.post().engagement().likes()).sorted()
                .skip(posts.stream().filter(f -> !f.link()).count() / 2).findFirst().orElseThrow();
        assertThat((double) linked / others).as("raw ratio of medians").isGreaterThan(1.5);
    }

    @Test
    void theSameArchiveGivesTheSameIntervals() {
        List<PostFeatures> posts = SyntheticAccounts.imagesDoubleLikes(400, 12);
        assertThat(calibrate(posts, "en").effects()).isEqualTo(calibrate(posts, "en").effects());
    }

    @Test
    void theProfileCarriesEveryEffectAndNoIdYet() {
        List<PostFeatures> posts = SyntheticAccounts.imagesDoubleLikes(400, 13);
        Calibration calibration = calibrate(posts, "en");
        CalibrationProfile profile = calibration.profile();
        assertThat(profile.version()).isEqualTo(1);
        assertThat(profile.id()).isNull();
        assertThat(profile.timeZone()).isEqualTo("Europe/Paris");
        assertThat(profile.posts()).isEqualTo(400);
        assertThat(profile.from()).isEqualTo(posts.get(0).post().createdAt());
        assertThat(profile.to()).isEqualTo(posts.get(399).post().createdAt());
        assertThat(profile.effects()).hasSameSizeAs(calibration.effects());
        assertThat(profile.effects()).anyMatch(e -> e.feature().equals("image") && e.significant());
    }

    @Test
    void bestHoursNeedEnoughPostsElseTheStudiesStand() {
        Calibration few = calibrate(SyntheticAccounts.imagesDoubleLikes(150, 14), "en");
        assertThat(few.bestHours().basis()).isEqualTo("studies");
        assertThat(few.bestHours().windows()).isEmpty();
        assertThat(few.bestHours().message()).contains("at least 200").contains("20 per slot");
        Calibration many = calibrate(SyntheticAccounts.imagesDoubleLikes(3000, 15), "en");
        // Slots were judged, and none was planted: the studies still stand.
        assertThat(many.bestHours().basis()).isEqualTo("studies");
        assertThat(many.bestHours().message()).startsWith("None of the");
    }

    @Test
    void aSlotThatDoublesLikesBecomesTheAccountsBestHours() {
        List<PostFeatures> posts = SyntheticAccounts.imagesDoubleLikes(3000, 15).stream().map(f -> {
            ZonedDateTime at = f.post().createdAt().atZone(PARIS);
            boolean planted = at.getDayOfWeek() == DayOfWeek.WEDNESDAY && at.getHour() >= 9 && at.getHour() < 12;
            long likes = f.post().engagement().likes() * (planted ? 2 : 1);
            return new PostFeatures(withEngagement(f.post(), new Engagement(likes, 0L, null, null)), f.image(),
                    f.hashtags(), f.length(), f.mention(), f.link(), f.questionOrCall());
        }).toList();
        BestHours best = calibrate(posts, "fr").bestHours();
        assertThat(best.basis()).isEqualTo("account");
        assertThat(best.windows()).extracting(ProfileWindow::day, ProfileWindow::from, ProfileWindow::to)
                .containsExactly(tuple(DayOfWeek.WEDNESDAY, 9, 12));
        assertThat(best.windows().get(0).ratio()).isGreaterThan(1.5);
        assertThat(best.message()).startsWith("Un créneau fait nettement mieux");
    }

    @Test
    void smallGroupsAreLeftOutAndSaid() {
        Calibration calibration = calibrate(SyntheticAccounts.imagesDoubleLikes(60, 16), "en");
        assertThat(calibration.available()).isTrue();
        assertThat(calibration.effects()).noneMatch(e -> e.n() < 20 || e.nOthers() < 20);
        assertThat(calibration.message()).contains("Left out for lack of posts (fewer than 20");
        Calibration none = calibrate(SyntheticAccounts.imagesDoubleLikes(35, 16), "en");
        assertThat(none.effects()).isEmpty();
        assertThat(none.intervals().comparisons()).isZero();
        assertThat(none.message()).contains("No group is large enough to compare.").doesNotContain("Bonferroni");
    }

    @Test
    void withoutEngagementThereIsNoCalibration() {
        List<PostFeatures> none = SyntheticAccounts.imagesDoubleLikes(100, 17).stream()
                .map(f -> new PostFeatures(withEngagement(f.post(), Engagement.NONE), f.image(), f.hashtags(),
                        f.length(), f.mention(), f.link(), f.questionOrCall())).toList();
        Calibration calibration = calibrate(none, "fr");
        assertThat(calibration.available()).isFalse();
        assertThat(calibration.effects()).isEmpty();
        assertThat(calibration.profile()).isNull();
        assertThat(calibration.message()).startsWith("L\u2019archive".replace('\u2019', '\'')).contains("Mastodon");
        assertThat(calibrate(List.of(), "en").available()).isFalse();
    }

    @Test
    void tooFewPostsWithFiguresIsNoCalibration() {
        Calibration calibration = calibrate(SyntheticAccounts.imagesDoubleLikes(29, 18), "en");
        assertThat(calibration.available()).isFalse();
        assertThat(calibration.message()).startsWith("Only 29 posts with engagement figures; at least 30");
    }

    @Test
    void repliesCountWhenTheArchiveHasThem() {
        List<PostFeatures> posts = SyntheticAccounts.imagesDoubleLikes(100, 19).stream()
                .map(f -> new PostFeatures(withEngagement(f.post(), new Engagement(f.post().engagement().likes(), 1L, 2L,
                        null)), f.image(), f.hashtags(), f.length(), f.mention(), f.link(), f.questionOrCall())).toList();
        assertThat(calibrate(posts, "en").engagement()).isEqualTo("likes+reposts+replies");
    }

    private static ArchivedPost withEngagement(ArchivedPost p, Engagement engagement) {
        return new ArchivedPost(p.id(), p.createdAt(), p.text(), p.type(), p.media(), p.hashtags(), p.mentions(),
                p.urls(), p.source(), p.inReplyTo(), engagement);
    }
}
