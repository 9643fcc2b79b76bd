package fr.ricochet.server.audit;

import fr.ricochet.audit.AccountSummary;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.BestHours;
import fr.ricochet.audit.Calibration;
import fr.ricochet.audit.Effect;
import fr.ricochet.audit.FrequentFinding;
import fr.ricochet.audit.IntervalLevel;
import fr.ricochet.audit.PostCounts;
import fr.ricochet.audit.PostExample;
import fr.ricochet.audit.PostingHours;
import fr.ricochet.audit.ScoreSummary;
import fr.ricochet.audit.Signal;
import fr.ricochet.audit.StudyFigure;
import fr.ricochet.audit.Verdict;
import fr.ricochet.audit.VerdictValue;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileEffect;
import fr.ricochet.value.NetworkId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made audit reports for the page, chart and report tests, with figures a test can count back. */
public final class SampleAudits {

    /** The one post text that tries to break out of the markup, quoted as an example. */
    public static final String HOSTILE = "<script>alert('x')</script> & \"nouvelle décision\"";

    private SampleAudits() {
    }

    /** A robot-like X account with calibration: 12 months, a full histogram, four effects. */
    public static AuditReport robot() {
        List<PostExample> examples = List.of(new PostExample("1", Instant.parse("2025-03-01T08:00:00Z"), HOSTILE),
                new PostExample("2", Instant.parse("2025-03-01T09:00:00Z"), "Nouvelle décision de justice n° 2"));
        List<Signal> signals = new ArrayList<>();
        signals.add(new Signal("monotony", 0.92, true, 0.3, "92 % des publications commencent par les mêmes mots.",
                examples));
        signals.add(new Signal("regular-intervals", 0.05, true, 0.3, "Les publications tombent toutes les 60 minutes.",
                List.of()));
        signals.add(new Signal("follow-back", null, false, 0.8, "L'archive ne contient pas la liste des abonnés.",
                List.of()));
        List<ScoreSummary.Bucket> histogram = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            histogram.add(new ScoreSummary.Bucket(i * 10, i == 9 ? 100 : i * 10 + 9, i * 3));
        }
        List<ScoreSummary.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new ScoreSummary.Month(String.format("2025-%02d", m), 10 * m, 40 + m, 41 + m));
        }
        StudyFigure imageStudy = new StudyFigure(1.35, "Les tweets avec image obtiennent 35 % de retweets en plus.",
                "Buffer 2014");
        List<Effect> effects = List.of(
                new Effect("image", "with", 2.1, 1.6, 2.8, 120, 480, imageStudy),
                new Effect("hashtags", "3+", 0.7, 0.45, 1.1, 60, 540, new StudyFigure(0.83, "Trop de hashtags.", "Buddy Media 2012")),
                new Effect("length", "under-100", 1.05, 0.9, 1.2, 300, 300, null),
                new Effect("hour", "09-12", 1.3, 0.98, 1.7, 90, 510, null));
        CalibrationProfile profile = new CalibrationProfile(CalibrationProfile.VERSION, null, "decisions_bot",
                NetworkId.of("x"), "Europe/Paris", 600, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-12-31T00:00:00Z"), "likes+reposts",
                effects.stream().map(e -> new ProfileEffect(e.feature(), e.group(), e.ratio(), e.low(), e.high(), e.n(),
                        e.nOthers())).toList(), List.of());
        Calibration calibration = new Calibration(true, "likes+reposts", 600, "", IntervalLevel.bonferroni(effects.size()), effects,
                new BestHours("studies", 200, 20, List.of(), "Trop peu de publications par créneau : les créneaux des études restent."),
                profile);
        return new AuditReport(
                new AccountSummary("x", "x", "decisions_bot", Instant.parse("2025-01-01T00:00:00Z"),
                        Instant.parse("2025-12-31T00:00:00Z"), "Europe/Paris", "fr",
                        List.of("data/like.js : fichier ignoré")),
                new PostCounts(700, 600, 50, 50, 600),
                new Verdict(VerdictValue.ROBOT, List.of("92 % des publications commencent par les mêmes mots.",
                        "Les publications tombent toutes les 60 minutes.")),
                signals,
                new ScoreSummary(600, 51.5, 52, histogram, months),
                List.of(new FrequentFinding("hashtags", "hashtags.tooMany", "Trop de hashtags", 300, 0.5)),
                calibration,
                hours());
    }

    /** A Mastodon account: no engagement figures, so no calibration, and a single month. */
    public static AuditReport withoutCalibration() {
        AuditReport robot = robot();
        Calibration none = new Calibration(false, null, 0, "L'archive Mastodon ne contient pas de chiffres d'engagement.",
                null, List.of(), null, null);
        return new AuditReport(robot.account(), robot.posts(), new Verdict(VerdictValue.HUMAN, List.of()),
                robot.signals(), new ScoreSummary(10, 60, 60, robot.scores().histogram(),
                        List.of(new ScoreSummary.Month("2025-03", 10, 60, 60))),
                robot.findings(), none, robot.postingHours());
    }

    /** Posts on weekdays at 9 and 18 (day + 1 posts), the studies' windows on weekdays 12 to 14. */
    static PostingHours hours() {
        List<List<Integer>> counts = new ArrayList<>();
        List<List<Boolean>> windows = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            List<Integer> row = new ArrayList<>();
            List<Boolean> flags = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                row.add(day < 5 && (hour == 9 || hour == 18) ? day + 1 : 0);
                flags.add(day < 5 && hour >= 12 && hour < 14);
            }
            counts.add(row);
            windows.add(flags);
        }
        return new PostingHours("Europe/Paris", counts, windows);
    }
}
