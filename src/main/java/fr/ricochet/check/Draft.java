package fr.ricochet.check;

import fr.ricochet.measure.Facts;
import fr.ricochet.request.AnalysisRequest;

/** A request together with the facts measured on its text: all a check may look at. */
public record Draft(AnalysisRequest request, Facts facts) {

    public String language() {
        return facts.language();
    }

    public String text() {
        return facts.text();
    }
}
