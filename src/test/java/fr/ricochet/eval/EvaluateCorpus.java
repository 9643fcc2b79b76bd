package fr.ricochet.eval;

import fr.ricochet.rules.RulesLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the evaluation figures: {@code bash src/test/eval/evaluate.sh [--details] [--no-grammar] [--show TIP]}. With {@code --details},
 * every unexpected finding and every missed tip, draft by draft, to see which rule is wrong (never to tune a
 * draft: the corpus is the expert's, not the rules').
 */
public final class EvaluateCorpus {

    private EvaluateCorpus() {
    }

    public static void main(String[] args) {
        Corpus corpus = Corpus.load();
        List<Evaluation.Run> runs = Evaluation.run(corpus, RulesLoader.load(Path.of("rules")),
                !List.of(args).contains("--no-grammar"));
        Evaluation.Summary summary = Evaluation.summarize(runs, corpus.ranking(), corpus.laterRanking());
        System.out.print(report(summary, runs));
        int show = List.of(args).indexOf("--show");
        if (show >= 0 && show + 1 < args.length) {
            System.out.print(shown(runs, args[show + 1]));
        }
        if (List.of(args).contains("--details")) {
            System.out.print(details(runs));
            System.out.print(ranking(runs, corpus.ranking()));
            System.out.print(ranking(runs, corpus.laterRanking()));
        }
    }

    static String report(Evaluation.Summary s, List<Evaluation.Run> runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "drafts: %d, findings: %d%n", s.drafts(), s.findings()));
        out.append(String.format(Locale.ROOT, "precision (all findings as expected): %.1f %% (%d/%d)%n",
                100 * s.precision(), s.expected(), s.findings()));
        out.append(String.format(Locale.ROOT, "precision (findings other than info): %.1f %% (%d/%d)%n",
                100 * s.pointPrecision(), s.pointExpected(), s.pointFindings()));
        out.append(String.format(Locale.ROOT, "recall of must-fire tips: %.1f %% (%d/%d)%n", 100 * s.recall(),
                s.fired(), s.mustFire()));
        for (Band band : Band.values()) {
            double[] b = s.bands().get(band.id());
            out.append(String.format(Locale.ROOT, "mean score, %-9s (%3d-%3d): %5.1f over %d drafts%n", band.id(),
                    band.min, band.max, s.meanScore(band), b == null ? 0 : (int) b[1]));
        }
        out.append(String.format(Locale.ROOT, "nudges on sensitive posts: %d%n", s.nudges()));
        out.append(String.format(Locale.ROOT, "suggested times after the event: %d%n", s.suggestedAfterEvent()));
        out.append(String.format(Locale.ROOT, "post kind detected as the expert's: %d/%d%n", s.kindsRight(),
                s.kindsDetected()));
        out.append(String.format(Locale.ROOT, "Spearman's rho against the expert's ranking of 20: %.3f%n", s.rho()));
        out.append(String.format(Locale.ROOT, "Spearman's rho against the later ranking of 20 (ranking3.yaml): %.3f%n",
                s.laterRho()));
        out.append("per tip: findings as expected / unexpected / missed must-fire\n");
        Map<String, int[]> byRule = new TreeMap<>();
        for (Evaluation.Run run : runs) {
            run.findings().forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new int[3])[f.expected() ? 0 : 1]++);
            run.missed().forEach(m -> byRule.computeIfAbsent(m.split(":")[0], r -> new int[3])[2]++);
        }
        byRule.forEach((rule, n) -> out.append(String.format(Locale.ROOT, "  %-16s %4d %4d %4d%n", rule, n[0], n[1],
                n[2])));
        return out.toString();
    }

    /** The expert's ranking beside Ricochet's scores, best first. */
    static String ranking(List<Evaluation.Run> runs, List<String> ranking) {
        StringBuilder out = new StringBuilder("\nexpert's ranking, best first: score (band)\n");
        for (int i = 0; i < ranking.size(); i++) {
            String id = ranking.get(i);
            Evaluation.Run run = runs.stream().filter(r -> r.draft().id().equals(id)).findFirst().orElseThrow();
            out.append(String.format(Locale.ROOT, "%2d %-22s %3d (%s)%n", i + 1, id, run.score(), run.draft().band().id()));
        }
        return out.toString();
    }

    /** Every finding of one tip, with the words it points at and its message, for judging them one by one. */
    static String shown(List<Evaluation.Run> runs, String tip) {
        StringBuilder out = new StringBuilder("\n");
        for (Evaluation.Run run : runs) {
            String text = run.draft().request().path("text").asText();
            for (com.fasterxml.jackson.databind.JsonNode finding : run.report().path("findings")) {
                if (!finding.path("rule").asText().equals(tip)) {
                    continue;
                }
                int offset = finding.path("offset").asInt();
                int end = Math.min(text.length(), offset + finding.path("length").asInt());
                List<String> fixes = new java.util.ArrayList<>();
                finding.path("suggestions").forEach(fix -> fixes.add(fix.path("replacement").path("value").asText()));
                out.append(String.format(Locale.ROOT, "%s %s %s \"%s\" in \"…%s…\" %s %s%n", run.draft().id(),
                        finding.path("code").asText() + "/" + finding.path("languageTool").path("category").asText(""),
                        finding.path("severity").asText(), text.substring(offset, end), text.substring(Math.max(0, offset - 25), Math.min(text.length(), end + 25)),
                        finding.path("message").asText(), fixes));
            }
        }
        return out.toString();
    }

    static String details(List<Evaluation.Run> runs) {
        StringBuilder out = new StringBuilder("\n");
        for (Evaluation.Run run : runs) {
            List<String> unexpected = run.findings().stream().filter(f -> !f.expected())
                    .map(f -> f.rule() + ":" + f.code() + "(" + f.severity() + ")").toList();
            if (unexpected.isEmpty() && run.missed().isEmpty() && run.nudges().isEmpty()
                    && !run.suggestedAfterEvent() && run.score() >= run.draft().band().min
                    && run.score() <= run.draft().band().max) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%s score %d (expert: %s) kind %s (expert: %s)%n",
                    run.draft().id(), run.score(), run.draft().band().id(), run.detectedKind(), run.draft().kind()));
            if (!unexpected.isEmpty()) {
                out.append("  unexpected: ").append(String.join(", ", unexpected)).append('\n');
            }
            if (!run.missed().isEmpty()) {
                out.append("  missed: ").append(String.join(", ", run.missed())).append('\n');
            }
            if (!run.nudges().isEmpty()) {
                out.append("  nudges: ").append(String.join(", ", run.nudges())).append('\n');
            }
            if (run.suggestedAfterEvent()) {
                out.append("  suggested time after the event\n");
            }
        }
        return out.toString();
    }
}
