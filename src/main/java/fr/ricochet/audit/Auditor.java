package fr.ricochet.audit;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.PostType;
import fr.ricochet.engine.Advisor;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.value.NetworkId;
import java.util.List;

/**
 * The audit of one account: every original post through the engine, then the robot-likeness signals, the verdict
 * and the calibration on the account's own numbers. Built once per process (it holds the engine and the audit's
 * rules); {@link #audit} is safe from many threads and keeps nothing of the archive.
 */
public final class Auditor {

    /** The engine's limit on a draft; a longer post (a LinkedIn article pasted whole) is counted, not analysed. */
    private static final int ANALYSABLE_LENGTH = 10_000;
    private static final NetworkId FALLBACK_NETWORK = NetworkId.of("x");

    private final RuleBook rules;
    private final PostAnalyser analyser;
    private final RobotSignals signals;
    private final Verdicts verdicts;
    private final Calibrator calibrator;

    private Auditor(Advisor advisor, AuditRules auditRules) {
        this.rules = advisor.rules();
        this.analyser = new PostAnalyser(advisor);
        this.signals = new RobotSignals(auditRules);
        this.verdicts = new Verdicts(auditRules);
        this.calibrator = new Calibrator(auditRules);
    }

    /** With the audit's thresholds from {@code audit.yaml} in the engine's own rules directory. */
    public static Auditor create(Advisor advisor) {
        return new Auditor(advisor, AuditRules.load(advisor.rules().directory()));
    }

    public AuditReport audit(AccountHistory history, AuditOptions options) {
        NetworkId network = rules.networkIds().contains(history.network()) ? history.network() : FALLBACK_NETWORK;
        List<ArchivedPost> originals = history.posts().stream().filter(p -> p.type() == PostType.ORIGINAL).toList();
        List<ArchivedPost> analysable = originals.stream()
                .filter(p -> !p.text().isBlank() && p.text().length() <= ANALYSABLE_LENGTH).toList();
        List<AnalysedPost> analysed = analyser.analyse(analysable, network, options.timeZone(), options.threads());
        PostCounts counts = new PostCounts(history.posts().size(), originals.size(),
                count(history, PostType.REPLY), count(history, PostType.REPOST), analysed.size());
        List<ArchivedPost> posts = history.posts();
        AccountSummary account = new AccountSummary(history.format().id(), network.value(), history.handle(),
                posts.isEmpty() ? null : posts.get(0).createdAt(),
                posts.isEmpty() ? null : posts.get(posts.size() - 1).createdAt(),
                options.timeZone().getId(), options.language(),
                history.skipped().stream().map(line -> line.in(options.language())).toList());
        List<Signal> measured = signals.measure(history, options.timeZone(), options.language());
        Verdict verdict = verdicts.judge(measured, options.language());
        Calibration calibration = calibrator.calibrate(history,
                analysed.stream().map(AnalysedPost::features).toList(), options.timeZone(), options.language());
        return new AuditReport(account, counts, verdict, measured, ScoreSummaries.of(analysed, options.timeZone()),
                FrequentFindings.of(analysed, rules, options.language()), calibration,
                PostingHoursMap.of(originals, rules.network(network), options.timeZone()));
    }

    private static int count(AccountHistory history, PostType type) {
        return (int) history.posts().stream().filter(p -> p.type() == type).count();
    }
}
