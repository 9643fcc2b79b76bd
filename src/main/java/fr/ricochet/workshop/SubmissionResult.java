package fr.ricochet.workshop;

import fr.ricochet.report.Report;

/** A stored submission and the full report it came from (rewrite, suggested time...), to show at once. */
public record SubmissionResult(Submission submission, Report report) {
}
