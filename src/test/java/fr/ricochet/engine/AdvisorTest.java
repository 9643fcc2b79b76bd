package fr.ricochet.engine;

import static fr.ricochet.TestEngine.analyze;
import static fr.ricochet.TestEngine.analyzeText;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Suggestion;
import fr.ricochet.report.Report;
import fr.ricochet.testing.Ids;
import fr.ricochet.value.Language;
import fr.ricochet.value.NetworkId;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** What a communicator meets on whole drafts: the report's parts working together. */
class AdvisorTest {

    private static Finding only(Report report, String rule, String code) {
        return report.findings().stream().filter(f -> f.rule().equals(rule) && f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + "/" + code + " not raised: " + report.findings()));
    }

    @Test
    void aDraftGamingItsAudienceIsToldThatAloneNotNudgedToEngageMore() {
        Report bought = analyzeText("12 € les 1 000 abonnés, livraison en 24 h, satisfaction garantie !", "x");
        assertThat(bought.findings()).extracting(Finding::rule).contains("authenticity")
                .doesNotContain("media", "hashtags", "mentions", "call-to-action");
        Report plain = analyzeText("Livraison en 24 h et satisfaction garantie sur toute la boutique.", "x");
        assertThat(plain.findings()).extracting(Finding::rule).contains("media", "call-to-action")
                .doesNotContain("authenticity");
    }

    @Test
    void hashtagCandidatesAreTheDraftsOwnNounsAndProperNounsAtTheirOffsets() {
        String text = "La médiathèque de Grenoble ouvre le dimanche après-midi, venez nombreux !";
        Finding finding = only(analyzeText(text), "hashtags", "too-few");
        assertThat(finding.suggestions()).extracting(s -> text.substring(s.replacement().offset(),
                s.replacement().offset() + 8)).first().isEqualTo("Grenoble");
        assertThat(finding.suggestions()).allSatisfy(s -> {
            assertThat(s.replacement().length()).isZero();
            assertThat(s.replacement().value()).isEqualTo("#");
        });
        assertThat(finding.suggestions()).extracting(Suggestion::text).contains("Faire de «\u00A0médiathèque\u00A0» un hashtag");
    }

    @Test
    void englishCandidatesComeFromTheEnglishTagger() {
        String text = "Our library in Portland now opens on Sundays, come and read with us!";
        Finding finding = only(analyzeText(text), "hashtags", "too-few");
        assertThat(finding.message()).startsWith("On X, 0 hashtags");
        assertThat(finding.suggestions()).extracting(Suggestion::text).first().isEqualTo("Make \"Portland\" a hashtag");
    }

    @Test
    void daysAndTimesAreNeverOfferedAsTags() {
        String text = "Join us Thursday at the library for a free workshop";
        Finding finding = only(analyzeText(text), "hashtags", "too-few");
        assertThat(finding.suggestions()).extracting(Suggestion::text)
                .containsExactly("Make \"workshop\" a hashtag", "Make \"library\" a hashtag");
        Finding french = only(analyzeText("Atelier numérique jeudi soir à la médiathèque, venez !"), "hashtags", "too-few");
        assertThat(french.suggestions()).extracting(Suggestion::text).noneMatch(s -> s.contains("jeudi") || s.contains("soir"))
                .contains("Faire de «\u00A0médiathèque\u00A0» un hashtag");
    }

    @Test
    void tagsToDropSpreadThroughTheTextLeaveTheOtherFixesToApply() {
        Report report = analyzeText("#Médiathèque Merci bcp pour votre venue !!! #Lecture #Grenoble", "linkedin");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("hashtags")).singleElement()
                .satisfies(f -> assertThat(f.suggestions()).hasSize(3));
        assertThat(report.rewrite()).contains("beaucoup").doesNotContain("!!!").doesNotContain("#");
    }

    @Test
    void theRewriteAppliesOnlySafeFixes() {
        Report report = analyzeText("Slt ! Venez à la médiathèque ce soir !!! #reseauxsociaux #Lecture #Culture #Ville");
        assertThat(report.rewrite()).isEqualTo("Salut ! Venez à la médiathèque ce soir ! #ReseauxSociaux #Lecture");
    }

    @Test
    void aTagInsideASentenceKeepsItsWordWhenDropped() {
        Report report = analyzeText("Venez à #Grenoble pour la #Fête du #Livre et de la #Lecture ce soir !");
        assertThat(report.rewrite()).isEqualTo("Venez à #Grenoble pour la #Fête du Livre et de la Lecture ce soir !");
    }

    @Test
    void overTheLimitIsAnErrorPointingAtTheSpanToCut() {
        String text = "Nous ouvrons ".repeat(25);
        Report report = analyzeText(text);
        Finding finding = only(report, "length", "over-limit");
        // no sentence ends before the limit: the cut falls between two words, marked by an ellipsis
        assertThat(finding.offset()).isEqualTo(277);
        assertThat(finding.offset() + finding.length()).isEqualTo(text.length());
        assertThat(finding.suggestions().get(0).replacement()).isEqualTo(new Replacement(277, text.length() - 277, "…"));
        assertThat(report.networks().get(0).withinLimit()).isFalse();
        assertThat(report.networks().get(0).score()).isLessThan(report.score() + 1);
    }

    @Test
    void eachNetworkIsScoredOnItsOwnRules() {
        Report report = analyze("""
                {"text": "Nouveaux horaires de la médiathèque : ouverte le dimanche de 14h à 18h. Venez ! #Lecture #Culture",
                 "networks": ["x", "linkedin", "instagram"],
                 "media": [{"type": "image", "altText": "Affiche des horaires"}]}""");
        assertThat(report.networks()).extracting(n -> n.network().value()).containsExactly("x", "linkedin", "instagram");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("hashtags"))
                .extracting(f -> String.join(",", Ids.values(f.networks())) + "/" + f.code())
                .containsExactlyInAnyOrder("linkedin/not-useful", "instagram/too-few");
        assertThat(report.networks().get(0).score()).isGreaterThan(report.networks().get(1).score());
    }

    @Test
    void aPlannedTimeOutsideTheWindowsGetsTheNextGoodSlotInTheAudiencesZone() {
        Report report = analyze("""
                {"text": "Conférence jeudi 18h à la médiathèque, venez nombreux !",
                 "scheduledAt": "2026-12-05T23:30:00+01:00", "timeZone": "Europe/Paris"}""");
        assertThat(report.suggestedTime().at()).isEqualTo(OffsetDateTime.parse("2026-12-07T13:00:00+01:00"));
        assertThat(report.suggestedTime().sources()).containsExactly("Bitly, 2012");
        assertThat(only(report, "timing", "outside").message()).contains("samedi 5 décembre").contains("lundi 7 décembre");
    }

    @Test
    void aPlannedTimeInsideTheWindowsNeedsNoSuggestion() {
        Report report = analyze("""
                {"text": "Conférence jeudi 18h à la médiathèque, venez nombreux !",
                 "scheduledAt": "2026-12-01T10:00:00+01:00"}""");
        assertThat(report.suggestedTime()).isNull();
    }

    @Test
    void withoutAPlannedTimeTheNextSlotStartsFromNow() {
        Report report = analyzeText("Conférence jeudi 18h à la médiathèque, venez nombreux !", "x", "linkedin");
        // now is Tuesday 24 November 2026, 21:00 in Paris: X and LinkedIn windows first meet on Wednesday 10:00
        assertThat(report.suggestedTime().at()).isEqualTo(OffsetDateTime.parse("2026-11-25T10:00:00+01:00"));
        assertThat(report.suggestedTime().networks()).extracting(NetworkId::value).containsExactly("x", "linkedin");
        assertThat(report.tips()).filteredOn(t -> t.id().equals("timing")).singleElement()
                .satisfies(t -> assertThat(t.score()).isNull());
    }

    @Test
    void theLanguageIsDetectedAndTheMessagesFollowIt() {
        Report english = analyzeText("We are opening a new reading room for children next week");
        assertThat(english.language().code()).isEqualTo(Language.EN);
        assertThat(english.language().detected()).isTrue();
        assertThat(only(english, "media", "none").message()).startsWith("On X");
        Report french = analyzeText("Nous ouvrons une nouvelle salle de lecture pour les enfants");
        assertThat(french.language().code()).isEqualTo(Language.FR);
        assertThat(only(french, "media", "none").message()).startsWith("Sur X");
        Report tiny = analyzeText("ok");
        assertThat(tiny.language().code()).isEqualTo(Language.FR);
        assertThat(tiny.language().detected()).isFalse();
    }

    @Test
    void anExplicitLanguageIsNotOverridden() {
        Report report = analyze("{\"text\": \"Nous ouvrons une nouvelle salle de lecture\", \"language\": \"en\"}");
        assertThat(report.language().code()).isEqualTo(Language.EN);
        assertThat(report.language().detected()).isFalse();
    }

    @Test
    void theSameRequestAlwaysGivesTheSameReport() throws Exception {
        String request = """
                {"text": "Merci @CCI_Lyon et @BpiFrance ! 🙏 #Startup https://exemple.fr", "networks": ["x", "mastodon"],
                 "scheduledAt": "2026-12-01T08:00:00+01:00", "id": 7}""";
        String first = TestEngine.json().writeValueAsString(analyze(request));
        for (int i = 0; i < 5; i++) {
            assertThat(TestEngine.json().writeValueAsString(analyze(request))).isEqualTo(first);
        }
    }

    @Test
    void factsListEntitiesWithSpansCoveringTheSign() {
        String text = "Merci @CCI_Lyon ! #Startup $TSLA https://exemple.fr 🙏";
        Report report = analyzeText(text);
        assertThat(report.facts().mentions()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo("CCI_Lyon");
            assertThat(text.substring(m.offset(), m.offset() + m.length())).isEqualTo("@CCI_Lyon");
        });
        assertThat(report.facts().hashtags()).singleElement().satisfies(h ->
                assertThat(text.substring(h.offset(), h.offset() + h.length())).isEqualTo("#Startup"));
        assertThat(report.facts().cashtags()).extracting(c -> c.value()).containsExactly("TSLA");
        assertThat(report.facts().urls()).extracting(u -> u.value()).containsExactly("https://exemple.fr");
        assertThat(report.facts().emojis()).isEqualTo(1);
    }

    @Test
    void theScoreRisesWhenTheAdviceIsFollowed() {
        Report before = analyzeText("nouvelle décision de justice https://exemple.ca/decision/2017-1234");
        Report after = analyze("""
                {"text": "Découvrez la décision rendue ce matin par la Cour d'appel de #Montréal sur les données personnelles : « un tournant », selon @Barreau. Qu'en pensez-vous ? https://exemple.ca/decision/2017-1234",
                 "media": [{"type": "image", "altText": "Extrait de la décision"}]}""");
        assertThat(after.score()).isGreaterThan(before.score() + 15);
    }

    @Test
    void theRewriteFollowsTheFirstNetworkRequested() {
        String text = "Venez à la braderie de la médiathèque ! #Braderie #Livres #Culture";
        assertThat(analyzeText(text, "x", "linkedin").rewrite())
                .isEqualTo("Venez à la braderie de la médiathèque ! #Braderie #Livres");
        assertThat(analyzeText(text, "linkedin", "x").rewrite())
                .isEqualTo("Venez à la braderie de la médiathèque !");
    }
}
