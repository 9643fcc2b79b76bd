package fr.ricochet.server.web;

import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;

/** Runs one analysis for a page the way the API runs it (same pool, deadline and metrics). */
@FunctionalInterface
public interface PageAnalyzer {

    Report analyze(AnalysisRequest request);
}
