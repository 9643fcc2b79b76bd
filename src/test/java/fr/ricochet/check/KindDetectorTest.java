package fr.ricochet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.TestEngine;
import fr.ricochet.report.Report;
import fr.ricochet.request.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of post is read from the draft unless the author names it, and sober kinds are never nudged. */
class KindDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nous avons la tristesse de vous annoncer le décès de Jeanne, bibliothécaire depuis 30 ans. | condolence
            Suite à un incendie cette nuit, l'école Jules-Ferry restera fermée aujourd'hui.           | urgent
            @marie Bonjour Marie, votre commande est partie ce matin.                                  | reply
            Hi Marcus, thanks for flagging this. Send us a private message and we'll look into it.    | reply
            CONCOURS : gagnez deux places pour le festival, tirage au sort dimanche !                  | contest
            On recrute un·e chargé·e de communication en CDI à Lille, candidatez avant le 15.          | job
            Soirée jeux vendredi 18 h à la médiathèque, entrée libre.                                  | event
            Soldes : -30 % sur toute la boutique ce week-end, livraison offerte.                       | promotion
            La médiathèque a reçu 2 000 nouveaux livres cette année.                                   | information
            Boil water notice for Ashby: tap water may not be safe to drink until further notice.     | urgent
            New Storm collection: waterproof jackets in five colours. Shop now!                       | promotion
            Commande annulée ? Pas de panique, découvrez notre nouvelle collection en boutique !      | promotion
            Assurance décès : protégez vos proches, demandez votre devis en ligne.                    | information
            MATCH REPORTÉ : terrain gelé, la rencontre de ce soir n'aura pas lieu.                    | urgent
            """)
    void theKindIsReadFromTheDraft(String text, String kind) {
        Report report = TestEngine.analyzeText(text, "x");
        assertThat(report.kind().value()).as(text).isEqualTo(kind);
        assertThat(report.kind().detected()).isTrue();
    }

    @Test
    void theAuthorsKindWins() {
        Report report = TestEngine.analyze("""
                {"text": "Soirée jeux vendredi 18 h à la médiathèque.", "kind": "promotion"}""");
        assertThat(report.kind().value()).isEqualTo("promotion");
        assertThat(report.kind().detected()).isFalse();
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TestEngine.analyze("{\"text\": \"Bonjour\", \"kind\": \"advert\"}"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("kind");
                            assertThat(error.message("en")).contains("allowed: auto, condolence, urgent, reply");
                        }));
    }

    @Test
    void aCrisisNoticeIsNeverNudgedNorToldToWait() {
        Report report = TestEngine.analyze("""
                {"text": "Coupure d'eau rue Victor-Hugo ce matin : nos équipes sont sur place, retour prévu à 14 h.",
                 "networks": ["x", "instagram"], "scheduledAt": "2026-12-05T23:30:00+01:00"}""");
        assertThat(report.kind().value()).isEqualTo("urgent");
        assertThat(report.suggestedTime()).isNull();
        assertThat(report.findings()).extracting(f -> f.rule() + ":" + f.code())
                .contains("publish-now:note")
                .doesNotContain("call-to-action:missing", "hashtags:too-few", "mentions:none", "media:none",
                        "timing:outside");
    }
}
