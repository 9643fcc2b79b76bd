package fr.ricochet.audit;

import java.util.List;

/**
 * The audit of one account: the stable contract that the CLI's {@code --json} and {@code POST /api/v1/audits}
 * answer, documented in the OpenAPI document, and that the HTML report and the page render.
 */
public record AuditReport(
        AccountSummary account,
        PostCounts posts,
        Verdict verdict,
        List<Signal> signals,
        ScoreSummary scores,
        List<FrequentFinding> findings,
        Calibration calibration,
        PostingHours postingHours) {

    public AuditReport {
        signals = List.copyOf(signals);
        findings = List.copyOf(findings);
    }
}
