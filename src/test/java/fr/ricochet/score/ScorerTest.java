package fr.ricochet.score;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.report.Report;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The breakdown adds up to the score shown; a cap holds the score and is the first reason given. */
class ScorerTest {

    private static final List<String> DRAFTS = List.of(
            "Soirée jeux vendredi 18 h à la médiathèque : venez en famille ! #JeuxDeSociété",
            "nouvelle décision de justice https://exemple.ca/decision/2017-1234",
            "Découvrez nos 5 astuces 👉 https://exemple.fr/astuces #Twitter #CM #Astuces #Marketing #SocialMedia",
            "Our annual report is out: 12 key figures on your library. Which one surprises you? #Library",
            "12 € les 1 000 abonnés, livraison en 24 h, satisfaction garantie !",
            "a".repeat(400));

    @Test
    void theTipsPointsAddUpToTheScoreAndTheirMaximaTo100() {
        for (String text : DRAFTS) {
            for (List<String> networks : List.of(List.of("x"), List.of("linkedin", "instagram", "bluesky"))) {
                Report report = TestEngine.analyzeText(text, networks.toArray(String[]::new));
                int points = report.tips().stream().map(TipScore::points).filter(Objects::nonNull).mapToInt(i -> i).sum();
                int max = report.tips().stream().map(TipScore::max).filter(Objects::nonNull).mapToInt(i -> i).sum();
                int cap = report.cap() == null ? 0 : report.cap().points();
                assertThat(max).as(text).isEqualTo(100);
                assertThat(points - cap).as(text).isEqualTo(report.score());
            }
        }
    }

    @Test
    void aBoughtAudienceCapsTheScoreAt30AndIsTheFirstReason() {
        Report report = TestEngine.analyzeText(DRAFTS.get(4), "x");
        assertThat(report.score()).isLessThanOrEqualTo(30);
        assertThat(report.cap()).isNotNull();
        assertThat(report.cap().rule()).isEqualTo("authenticity");
        assertThat(report.cap().refused()).isFalse();
        assertThat(report.findings().get(0).rule()).isEqualTo("authenticity");
    }

    @Test
    void aPostTheNetworkRefusesCapsTheScoreAt40AndSaysSo() {
        Report report = TestEngine.analyzeText(DRAFTS.get(5), "x");
        assertThat(report.score()).isLessThanOrEqualTo(40);
        assertThat(report.cap().refused()).isTrue();
        assertThat(report.findings().get(0).code()).isEqualTo("over-limit");
    }

    @Test
    void findingsComeCostliestFirstAndInfoCostsNothing() {
        for (String text : DRAFTS) {
            List<Finding> findings = TestEngine.analyzeText(text, "x", "linkedin").findings();
            for (int i = 1; i < findings.size(); i++) {
                assertThat(findings.get(i).points()).as(text).isLessThanOrEqualTo(findings.get(i - 1).points());
            }
            assertThat(findings).filteredOn(f -> f.severity() == fr.ricochet.check.Severity.INFO)
                    .allSatisfy(f -> assertThat(f.points()).isZero());
        }
    }

    @Test
    void largestRemainderSharesWholePointsThatAddUp() {
        int[] shares = Breakdown.largestRemainder(new double[] {33.4, 33.3, 33.3}, 100, null);
        assertThat(shares[0] + shares[1] + shares[2]).isEqualTo(100);
        assertThat(shares).containsExactly(34, 33, 33);
        // A share at its ceiling leaves the extra point to the next one.
        assertThat(Breakdown.largestRemainder(new double[] {4.9, 0.2}, 6, new int[] {5, 3})).containsExactly(5, 1);
    }
}
