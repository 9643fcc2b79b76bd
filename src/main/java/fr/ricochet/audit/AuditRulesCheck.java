package fr.ricochet.audit;

import java.util.List;
import java.util.function.BiConsumer;

/** The values of {@code audit.yaml} a reader could get wrong: shares outside 0–1, bands that split no hashes. */
final class AuditRulesCheck {

    private final BiConsumer<String, String> problem;

    private AuditRulesCheck(BiConsumer<String, String> problem) {
        this.problem = problem;
    }

    static void check(AuditRules rules, BiConsumer<String, String> problem) {
        new AuditRulesCheck(problem).all(rules);
    }

    private void all(AuditRules r) {
        positive("minimumPosts", r.minimumPosts());
        share("monotony.threshold", r.monotony().threshold());
        positive("monotony.openingWords", r.monotony().openingWords());
        AuditRules.NearDuplicates near = r.nearDuplicates();
        share("nearDuplicates.threshold", near.threshold());
        share("nearDuplicates.similarity", near.similarity());
        positive("nearDuplicates.hashes", near.hashes());
        positive("nearDuplicates.bands", near.bands());
        if (near.bands() > 0 && near.hashes() % near.bands() != 0) {
            problem.accept("nearDuplicates.bands", "must divide hashes (" + near.hashes() + ") into equal bands");
        }
        positive("nearDuplicates.minimumWords", near.minimumWords());
        if (r.regularIntervals().threshold() < 0) {
            problem.accept("regularIntervals.threshold", "must be 0 or more (a coefficient of variation)");
        }
        share("regularIntervals.sameMinute", r.regularIntervals().sameMinute());
        share("automationSource.threshold", r.automationSource().threshold());
        share("linkOnly.threshold", r.linkOnly().threshold());
        share("hashtagStuffing.threshold", r.hashtagStuffing().threshold());
        share("nightPosting.threshold", r.nightPosting().threshold());
        hour("nightPosting.from", r.nightPosting().from());
        hour("nightPosting.to", r.nightPosting().to());
        if (r.nightPosting().from() >= r.nightPosting().to()) {
            problem.accept("nightPosting.to", "must be after from (" + r.nightPosting().from() + ")");
        }
        if (r.nightPosting().quietHours() < 1 || r.nightPosting().quietHours() > 23) {
            problem.accept("nightPosting.quietHours", "must be a number of hours from 1 to 23, not "
                    + r.nightPosting().quietHours());
        }
        share("nightPosting.quietShare", r.nightPosting().quietShare());
        share("replies.threshold", r.replies().threshold());
        share("mentionDiversity.threshold", r.mentionDiversity().threshold());
        positive("mentionDiversity.minimumMentions", r.mentionDiversity().minimumMentions());
        share("followBack.threshold", r.followBack().threshold());
        positive("followBack.minimumFollowers", r.followBack().minimumFollowers());
        if (r.followBack().strongRatio() <= 0) {
            problem.accept("followBack.strongRatio", "must be above 0 (following per follower), not "
                    + r.followBack().strongRatio());
        }
        positive("followBack.strongFollowers", r.followBack().strongFollowers());
        verdict(r.verdict());
        calibration(r.calibration());
    }

    private void verdict(AuditRules.VerdictRule verdict) {
        ids("verdict.robotHow", verdict.robotHow());
        ids("verdict.robotWhat", verdict.robotWhat());
        ids("verdict.robotSilent", verdict.robotSilent());
        ids("verdict.strong", verdict.strong());
        ids("verdict.weak", verdict.weak());
        positive("verdict.weakNeeded", verdict.weakNeeded());
    }

    private void calibration(AuditRules.CalibrationRules calibration) {
        positive("calibration.minimumPosts", calibration.minimumPosts());
        if (calibration.window() < 3 || calibration.window() % 2 == 0) {
            problem.accept("calibration.window", "must be an odd number of posts, 3 or more, not "
                    + calibration.window() + " (the window is centred on each post)");
        }
        positive("calibration.resamples", calibration.resamples());
        positive("calibration.minimumGroup", calibration.minimumGroup());
        positive("calibration.bestHours.minimumPosts", calibration.bestHours().minimumPosts());
        positive("calibration.bestHours.minimumPerSlot", calibration.bestHours().minimumPerSlot());
        positive("calibration.bestHours.maximumWindows", calibration.bestHours().maximumWindows());
        for (int i = 0; i < calibration.studies().size(); i++) {
            AuditRules.Study study = calibration.studies().get(i);
            String field = "calibration.studies[" + i + "]";
            if (!Calibrator.FEATURES.contains(study.feature())) {
                problem.accept(field + ".feature", "'" + study.feature() + "' is not one of " + Calibrator.FEATURES);
            }
            if (study.ratio() != null && study.ratio() <= 0) {
                problem.accept(field + ".ratio", "must be above 0 (1.35 for +35 %), not " + study.ratio());
            }
            if (study.source() == null || study.source().isBlank()) {
                problem.accept(field + ".source", "is missing (the study's authors and year)");
            }
            if (study.finding().fr() == null || study.finding().en() == null) {
                problem.accept(field + ".finding", "needs both fr and en");
            }
        }
    }

    private void ids(String field, List<String> ids) {
        for (String id : ids) {
            if (!RobotSignals.IDS.contains(id)) {
                problem.accept(field, "'" + id + "' is not a signal (known: " + String.join(", ", RobotSignals.IDS) + ")");
            }
        }
    }

    private void share(String field, double value) {
        if (value < 0 || value > 1) {
            problem.accept(field, "must be a share from 0 to 1, not " + value);
        }
    }

    private void positive(String field, long value) {
        if (value <= 0) {
            problem.accept(field, "must be a whole number above 0, not " + value);
        }
    }

    private void hour(String field, int value) {
        if (value < 0 || value > 24) {
            problem.accept(field, "must be an hour from 0 to 24, not " + value);
        }
    }
}
