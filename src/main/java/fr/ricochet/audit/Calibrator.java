package fr.ricochet.audit;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.Engagement;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileEffect;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tips' features measured on the account's own engagement: for each feature and group, the median relative
 * engagement of its posts over the others', with a bootstrap interval corrected for the number of groups compared
 * ({@link IntervalLevel}), beside the study's figure; the account's best slots when there is enough data; and the
 * profile the advisor reads back.
 */
public final class Calibrator {

    public static final List<String> FEATURES = List.of("image", "hashtags", "length", "mention", "link", "question",
            "hour");

    private final AuditRules.CalibrationRules rules;

    public Calibrator(AuditRules rules) {
        this.rules = rules.calibration();
    }

    /** One group of posts, by what the engine measured on each. */
    private record Group(String feature, String group, Predicate<PostFeatures> member) {
    }

    public Calibration calibrate(AccountHistory history, List<PostFeatures> originals, ZoneId zone, String language) {
        List<PostFeatures> posts = originals.stream().filter(f -> f.post().engagement().known())
                .sorted(Comparator.comparing(f -> f.post().createdAt())).toList();
        boolean replies = posts.stream().anyMatch(f -> f.post().engagement().replies() != null);
        String engagement = replies ? "likes+reposts+replies" : "likes+reposts";
        AuditRules.BestHoursRules limits = rules.bestHours();
        if (posts.isEmpty() || posts.size() < rules.minimumPosts()) {
            String message = posts.isEmpty() ? AuditMessages.get(language, "calibration.none")
                    : AuditMessages.get(language, "calibration.few", "posts", posts.size(), "minimum", rules.minimumPosts());
            return new Calibration(false, engagement, posts.size(), message, null, List.of(),
                    BestSlots.studies(limits, AuditMessages.get(language, "bestHours.fewPosts", "posts", posts.size(),
                            "minimumPosts", limits.minimumPosts(), "minimumPerSlot", limits.minimumPerSlot())), null);
        }
        long[] totals = posts.stream().map(f -> f.post().engagement()).mapToLong(Engagement::total).toArray();
        Comparisons comparisons = new Comparisons(RelativeEngagement.of(totals, rules.window()), rules);
        List<Group> compared = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Group group : groups(zone)) {
            if (comparisons.comparable(i -> group.member().test(posts.get(i)), rules.minimumGroup())) {
                compared.add(group);
            } else {
                leftOut.add(EffectLabels.inSentence(group.feature(), group.group(), language));
            }
        }
        // The correction is over the effects reported, known only once the groups too small are set apart.
        IntervalLevel level = IntervalLevel.bonferroni(compared.size());
        List<Effect> effects = new ArrayList<>();
        for (Group group : compared) {
            Comparisons.Comparison c = comparisons.compare(i -> group.member().test(posts.get(i)), rules.minimumGroup(),
                    group.feature() + "/" + group.group(), level.alpha());
            effects.add(new Effect(group.feature(), group.group(), c.ratio(), c.low(), c.high(), c.n(), c.nOthers(),
                    study(group, language)));
        }
        String message = AuditMessages.get(language, "calibration.done", "posts", posts.size(), "engagement",
                engagement, "window", rules.window(), "resamples", comparisons.resamples(level.alpha()),
                "confidence", level.confidence(), "comparisons", level.comparisons());
        if (!leftOut.isEmpty()) {
            message += " " + AuditMessages.get(language, "calibration.leftOut", "minimum", rules.minimumGroup(),
                    "count", leftOut.size(), "groups", AuditMessages.list(language, leftOut));
        }
        BestHours bestHours = BestSlots.find(posts, comparisons, zone, rules, language);
        CalibrationProfile profile = new CalibrationProfile(CalibrationProfile.VERSION, null,
                Handles.shown(history.handle()), history.network(), zone.getId(), posts.size(),
                posts.get(0).post().createdAt(), posts.get(posts.size() - 1).post().createdAt(), engagement,
                effects.stream().map(e -> new ProfileEffect(e.feature(), e.group(), e.ratio(), e.low(), e.high(), e.n(),
                        e.nOthers())).toList(),
                bestHours.windows());
        return new Calibration(true, engagement, posts.size(), message, level, effects, bestHours, profile);
    }

    private StudyFigure study(Group group, String language) {
        AuditRules.Study study = rules.study(group.feature(), group.group());
        return study == null ? null : new StudyFigure(study.ratio(), study.finding().in(language), study.source());
    }

    /** The groups of {@link fr.ricochet.rules.profile.ProfileEffect}'s javadoc, each compared with all the others. */
    private static List<Group> groups(ZoneId zone) {
        List<Group> groups = new ArrayList<>(List.of(
                new Group("image", "with", PostFeatures::image),
                new Group("hashtags", "0", f -> f.hashtags() == 0),
                new Group("hashtags", "1-2", f -> f.hashtags() >= 1 && f.hashtags() <= 2),
                new Group("hashtags", "3+", f -> f.hashtags() >= 3),
                new Group("length", "under-100", f -> f.length() < 100),
                new Group("length", "100-200", f -> f.length() >= 100 && f.length() <= 200),
                new Group("length", "over-200", f -> f.length() > 200),
                new Group("mention", "with", PostFeatures::mention),
                new Group("link", "with", PostFeatures::link),
                new Group("question", "with", PostFeatures::questionOrCall)));
        for (int from = 0; from < 24; from += BestSlots.BLOCK_HOURS) {
            int start = from;
            groups.add(new Group("hour", String.format("%02d-%02d", from, from + BestSlots.BLOCK_HOURS),
                    f -> f.post().createdAt().atZone(zone).getHour() / BestSlots.BLOCK_HOURS == start / BestSlots.BLOCK_HOURS));
        }
        return groups;
    }
}
