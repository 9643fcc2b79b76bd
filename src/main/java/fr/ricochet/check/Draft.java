package fr.ricochet.check;

import fr.ricochet.measure.Facts;
import fr.ricochet.measure.Span;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.value.Language;
import java.util.List;

/**
 * A request together with the facts measured on its text and its kind of post: all a check may look at.
 *
 * @param flagged the spans Ricochet's own tips already pointed at, for a check that must not say the same twice
 *     (spelling and grammar, which runs last); empty for the others
 */
public record Draft(AnalysisRequest request, Facts facts, DraftKind kind, List<Span> flagged) {

    public Draft {
        flagged = List.copyOf(flagged);
    }

    public Draft(AnalysisRequest request, Facts facts, DraftKind kind) {
        this(request, facts, kind, List.of());
    }

    /** The same draft, knowing what the other tips pointed at. */
    Draft withFlagged(List<Span> spans) {
        return new Draft(request, facts, kind, spans);
    }

    /** The language the draft is read in, and its advice written in. */
    public Language language() {
        return facts.language();
    }

    public String text() {
        return facts.text();
    }
}
