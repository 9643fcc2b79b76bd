package fr.ricochet.server.workshop;

import fr.ricochet.server.web.EditorForm;
import java.util.List;

/** The typed views of the participants' pages, prepared by {@link ParticipantPages}. */
final class ParticipantViews {

    private ParticipantViews() {
    }

    /** The join form: the code (typed, or from the link) and the pseudonym as typed. */
    record JoinPage(String code, String pseudonym) {
    }

    /** Where a participant stands: null scores before the first submission. */
    record ScoreBoard(Integer first, Integer best, Integer latest, Integer progress) {
    }

    /**
     * The participant's page.
     *
     * @param submissions newest first; {@code latest} is the first of them, or null
     * @param draftText   the draft as it stands, kept to copy once the workshop closes (media and alt texts with it)
     * @param statusUrl   what the page polls to see a close
     */
    record ParticipantPage(String pseudonym, List<PageViews.SubmissionLine> submissions,
            PageViews.SubmissionLine latest, ScoreBoard scores, ProgressChart chart, String draftText,
            List<EditorForm.MediaRow> draftMedia, String statusUrl) {
    }
}
