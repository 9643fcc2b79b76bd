package fr.ricochet.workshop.store;

import static fr.ricochet.testing.Ids.ids;
import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Severity;
import fr.ricochet.check.Suggestion;
import fr.ricochet.request.Media;
import fr.ricochet.request.MediaType;
import fr.ricochet.score.TipScore;
import fr.ricochet.workshop.Participant;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Rows to store in tests, without running the engine (the store must not care where a report came from). */
final class Samples {

    /** Both databases keep microseconds, so the tests compare instants at that precision. */
    static final Instant NOW = Instant.parse("2026-11-25T09:30:00.123456Z");

    private Samples() {
    }

    static Workshop workshop(String joinCode, int maxParticipants) {
        return workshop(joinCode, maxParticipants, NOW.plus(Duration.ofDays(30)));
    }

    static Workshop workshop(String joinCode, int maxParticipants, Instant expiresAt) {
        WorkshopSettings settings = new WorkshopSettings("Atelier « réseaux » 🎯", "Améliorez l'annonce du club.",
                List.of("mastodon", "x"), "general", "Venez nombreux !", null, "Europe/Paris");
        return new Workshop(UUID.randomUUID().toString(), joinCode, settings, maxParticipants, NOW, expiresAt, null);
    }

    static Participant participant(Workshop workshop, String pseudonym) {
        return new Participant(UUID.randomUUID().toString(), workshop.id(), pseudonym, NOW);
    }

    static Submission submission(Participant participant, String text, int score) {
        Finding finding = new Finding("hashtags", "too_many", Severity.WARNING, "Trop de mots-clics (4).", 3, 7,
                ids("x"), List.of(new Suggestion("Gardez-en deux.", new Replacement(3, 7, ""), false),
                        new Suggestion("Placez-les à la fin.", null, false)), 2.5);
        return new Submission(0, participant.workshopId(), participant.id(), text,
                List.of(new Media(MediaType.IMAGE, "Affiche du concert"), new Media(MediaType.VIDEO, null)),
                NOW.plus(score, ChronoUnit.SECONDS), score, "fr",
                List.of(new TipScore("hashtags", 0.5, 3), new TipScore("timing", null, 2)), List.of(finding));
    }
}
