package fr.ricochet.workshop;

import fr.ricochet.check.Finding;
import fr.ricochet.request.Media;
import fr.ricochet.score.TipScore;
import java.time.Instant;
import java.util.List;

/**
 * One analysed draft as stored: what the participant wrote and what Ricochet answered about it.
 *
 * @param id given by the store; 0 before it is stored
 * @param language the language the findings are written in ({@code fr} or {@code en})
 */
public record Submission(
        long id,
        String workshopId,
        String participantId,
        String text,
        List<Media> media,
        Instant submittedAt,
        int score,
        String language,
        List<TipScore> tips,
        List<Finding> findings) {

    public Submission {
        media = List.copyOf(media);
        tips = List.copyOf(tips);
        findings = List.copyOf(findings);
    }

    /** The same submission with the id the store gave it. */
    public Submission withId(long storedId) {
        return new Submission(storedId, workshopId, participantId, text, media, submittedAt, score, language, tips,
                findings);
    }
}
