package fr.ricochet.audit;

import java.util.List;

/**
 * What the audit keeps of the engine's report on one original post: its score, the findings that cost it points (as
 * {@code tip/code} keys, each once) and the features calibration compares. The report itself is dropped, so
 * that 200,000 posts fit in memory.
 */
public record AnalysedPost(PostFeatures features, int score, List<String> findings) {

    public AnalysedPost {
        findings = List.copyOf(findings);
    }
}
