package fr.ricochet.check;

import fr.ricochet.measure.Facts;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.value.Language;

/** A request together with the facts measured on its text and its kind of post: all a check may look at. */
public record Draft(AnalysisRequest request, Facts facts, DraftKind kind) {

    /** The language the draft is read in, and its advice written in. */
    public Language language() {
        return facts.language();
    }

    public String text() {
        return facts.text();
    }
}
