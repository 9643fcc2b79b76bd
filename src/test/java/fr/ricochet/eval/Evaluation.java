package fr.ricochet.eval;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.TestEngine;
import fr.ricochet.engine.Advisor;
import fr.ricochet.measure.Grammar;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportJson;
import fr.ricochet.rules.RuleBook;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the corpus through the advisor and judges every finding against the expert's expectation: precision
 * (findings expected or allowed), recall of the tips that must fire, mean score per band, nudges on sensitive
 * posts, suggested times after the event, and Spearman's rho against the expert's ranking.
 */
final class Evaluation {

    /** The frozen "now" of the corpus: Tuesday 1 December 2026, 09:00 in Paris. */
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    /**
     * Engagement nudges a reply, a crisis notice or condolences must never get. The emoji tip is not among them:
     * it only ever says there are too many, which is no push to engage.
     */
    static final List<String> NUDGES = List.of("call-to-action", "quote", "numbers", "mentions:none",
            "hashtags:too-few", "hashtags:add-tag", "media:none");

    /** One finding as judged: its tip, code, severity and whether the expert expected or allowed it. */
    record Judged(String rule, String code, String severity, boolean expected) {
    }

    /** One draft's run. */
    record Run(CorpusDraft draft, int score, String detectedKind, List<Judged> findings, List<String> missed,
            List<String> nudges, boolean suggestedAfterEvent, JsonNode report) {
    }

    private Evaluation() {
    }

    /** The corpus as a single draft is analysed by default: spelling and grammar included. */
    static List<Run> run(Corpus corpus, RuleBook rules) {
        return run(corpus, rules, true);
    }

    /** @param grammar whether LanguageTool checks the drafts (the language tip), as it does for a single draft */
    static List<Run> run(Corpus corpus, RuleBook rules, boolean grammar) {
        Advisor advisor = Advisor.create(rules, Clock.fixed(NOW, ZoneOffset.UTC),
                grammar ? TestEngine.languageTool() : Grammar.off());
        List<Run> runs = new ArrayList<>();
        for (CorpusDraft draft : corpus.drafts()) {
            Report report = advisor.analyze(advisor.reader().read(draft.request()));
            runs.add(judge(draft, ReportJson.mapper().valueToTree(report)));
        }
        return runs;
    }

    private static Run judge(CorpusDraft draft, JsonNode report) {
        List<Judged> findings = new ArrayList<>();
        List<String> nudges = new ArrayList<>();
        for (JsonNode finding : report.path("findings")) {
            String rule = finding.path("rule").asText();
            String code = finding.path("code").asText();
            findings.add(new Judged(rule, code, finding.path("severity").asText(), draft.expects(rule, code)));
            if (draft.sensitive() && CorpusDraft.matches(NUDGES, rule, code)) {
                nudges.add(rule + ":" + code);
            }
        }
        JsonNode suggested = report.path("suggestedTime");
        if (draft.kind().equals("urgent") && suggested.hasNonNull("at")) {
            nudges.add("suggestedTime");
        }
        boolean afterEvent = draft.event() != null && suggested.hasNonNull("at")
                && OffsetDateTime.parse(suggested.get("at").asText()).isAfter(draft.event());
        List<String> missed = draft.fire().stream().filter(expected -> findings.stream()
                .noneMatch(f -> CorpusDraft.matches(List.of(expected), f.rule(), f.code()))).toList();
        String kind = report.path("kind").path("value").asText(null);
        return new Run(draft, report.path("score").asInt(), kind, findings, missed, nudges, afterEvent, report);
    }

    /** The figures the README and the closing note report. */
    record Summary(int drafts, int findings, int expected, int pointFindings, int pointExpected, int mustFire,
            int fired, Map<String, double[]> bands, int nudges, int suggestedAfterEvent, int kindsRight,
            int kindsDetected, double rho, double laterRho) {

        double precision() {
            return findings == 0 ? 1 : (double) expected / findings;
        }

        /** Precision over the findings that cost points or ask for a change (info notes left out). */
        double pointPrecision() {
            return pointFindings == 0 ? 1 : (double) pointExpected / pointFindings;
        }

        double recall() {
            return mustFire == 0 ? 1 : (double) fired / mustFire;
        }

        double meanScore(Band band) {
            double[] sumAndCount = bands.get(band.id());
            return sumAndCount == null || sumAndCount[1] == 0 ? Double.NaN : sumAndCount[0] / sumAndCount[1];
        }
    }

    /**
     * The figures over every draft; rho against the first ranking and against the later one (20 drafts of the
     * set written after the first tuning, ranked by their author before any run).
     */
    static Summary summarize(List<Run> runs, List<String> ranking, List<String> laterRanking) {
        int findings = 0;
        int expected = 0;
        int pointFindings = 0;
        int pointExpected = 0;
        int mustFire = 0;
        int fired = 0;
        int nudges = 0;
        int afterEvent = 0;
        int kindsRight = 0;
        int kindsDetected = 0;
        Map<String, double[]> bands = new TreeMap<>();
        for (Run run : runs) {
            for (Judged finding : run.findings()) {
                findings++;
                expected += finding.expected() ? 1 : 0;
                if (!finding.severity().equals("info")) {
                    pointFindings++;
                    pointExpected += finding.expected() ? 1 : 0;
                }
            }
            mustFire += run.draft().fire().size();
            fired += run.draft().fire().size() - run.missed().size();
            nudges += run.nudges().size();
            afterEvent += run.suggestedAfterEvent() ? 1 : 0;
            if (run.detectedKind() != null) {
                kindsDetected++;
                kindsRight += run.detectedKind().equals(run.draft().kind()) ? 1 : 0;
            }
            double[] band = bands.computeIfAbsent(run.draft().band().id(), b -> new double[2]);
            band[0] += run.score();
            band[1]++;
        }
        return new Summary(runs.size(), findings, expected, pointFindings, pointExpected, mustFire, fired, bands,
                nudges, afterEvent, kindsRight, kindsDetected, Spearman.rho(runs, ranking),
                Spearman.rho(runs, laterRanking));
    }
}
