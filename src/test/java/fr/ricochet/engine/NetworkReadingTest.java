package fr.ricochet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.report.EntityView;
import fr.ricochet.report.NetworkView;
import fr.ricochet.report.Report;
import fr.ricochet.value.NetworkId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's {@code networks[i].entities} are what each network links, its length and {@code withinLimit} follow
 * from them, and the tips judge hashtags, mentions and links as the network reads them; {@code facts} stay neutral.
 */
class NetworkReadingTest {

    private static NetworkView on(Report report, String network) {
        return report.networks().stream().filter(n -> n.network().value().equals(network)).findFirst().orElseThrow();
    }

    private static List<String> values(List<EntityView> entities) {
        return entities.stream().map(EntityView::value).toList();
    }

    @Test
    void eachNetworkReadsTheMentionsItsOwnWay() {
        Report report = TestEngine.analyzeText("Merci @alice.bsky.social, @carol et @ville@piaille.fr !",
                "x", "mastodon", "bluesky");
        assertThat(values(report.facts().mentions()))
                .containsExactly("alice", "carol", "ville@piaille.fr");
        assertThat(values(on(report, "x").entities().mentions())).containsExactly("alice", "carol");
        assertThat(values(on(report, "mastodon").entities().mentions()))
                .containsExactly("alice.bsky.social", "carol", "ville@piaille.fr");
        assertThat(values(on(report, "bluesky").entities().mentions())).containsExactly("alice.bsky.social");
        assertThat(on(report, "bluesky").entities().mentions().get(0).length()).isEqualTo(18);
    }

    @Test
    void aBareDomainIsPlainTextOnMastodonAndALinkOnBluesky() {
        Report report = TestEngine.analyzeText("Infos sur exemple.fr dès demain", "x", "mastodon", "bluesky");
        assertThat(on(report, "mastodon").entities().urls()).isEmpty();
        assertThat(on(report, "mastodon").length()).isEqualTo(31);
        assertThat(on(report, "x").length()).isEqualTo(10 + 23 + 11);
        assertThat(values(on(report, "bluesky").entities().urls())).containsExactly("exemple.fr");
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("link") && f.networks().contains(NetworkId.of("mastodon")));
    }

    @Test
    void blueskyLinksNoTagInParenthesesNorOneOverSixtyFourGraphemes() {
        String long70 = "a".repeat(70);
        Report report = TestEngine.analyzeText("Programme (#lecture) #mot-compose #l'été #" + long70, "bluesky", "mastodon");
        assertThat(values(on(report, "bluesky").entities().hashtags())).containsExactly("mot-compose", "l'été");
        assertThat(values(on(report, "mastodon").entities().hashtags())).containsExactly("mot", "l", long70);
    }

    @Test
    void theHashtagCapCountsWhatTheNetworkLinks() {
        // nine tags in parentheses: no tag at all for Bluesky, so its cap of 8 is not passed
        String text = "Atelier d'écriture samedi à la médiathèque " + "(#a) (#b) (#c) (#d) (#e) (#f) (#g) (#h) (#i)"
                .replace("#a", "#atelier").replace("#b", "#lecture").replace("#c", "#poesie").replace("#d", "#conte")
                .replace("#e", "#roman").replace("#f", "#livre").replace("#g", "#auteur").replace("#h", "#plume")
                .replace("#i", "#encre");
        Report report = TestEngine.analyzeText(text, "bluesky");
        assertThat(report.facts().hashtags()).hasSize(9);
        assertThat(on(report, "bluesky").entities().hashtags()).isEmpty();
        assertThat(report.findings()).extracting(Finding::code).doesNotContain("over-cap");
        Report spaced = TestEngine.analyzeText(text.replace("(", " ").replace(")", " "), "bluesky");
        assertThat(spaced.findings()).extracting(Finding::code).contains("over-cap");
    }

    @Test
    void blueskyRefusesAPostOverThreeThousandBytesEvenWithinThreeHundredGraphemes() {
        String families = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        NetworkView refused = on(TestEngine.analyzeText(families.repeat(121), "bluesky"), "bluesky");
        assertThat(refused.length()).isEqualTo(121);
        assertThat(refused.withinLimit()).isFalse();
        assertThat(on(TestEngine.analyzeText(families.repeat(120), "bluesky"), "bluesky").withinLimit()).isTrue();
    }

    @Test
    void mastodonRefusesAHandleWhoseDomainIsTooLong() {
        NetworkView mastodon = on(TestEngine.analyzeText("@alice@" + "b".repeat(500) + ".com", "mastodon"), "mastodon");
        assertThat(mastodon.length()).isEqualTo(511);
        assertThat(mastodon.withinLimit()).isFalse();
        assertThat(mastodon.entities().mentions()).isEmpty();
    }

    @Test
    void threadsWarnsPastFiveHundredBytesWithinFiveHundredCharacters() {
        String text = "L’équipe vous attend ; c’est gratuit, l’entrée est libre. " + "Venez jouer avec nous. ".repeat(19);
        Report report = TestEngine.analyzeText(text.strip(), "threads");
        NetworkView threads = on(report, "threads");
        assertThat(threads.length()).isLessThanOrEqualTo(500);
        assertThat(threads.withinLimit()).isTrue();
        assertThat(report.findings()).filteredOn(f -> f.code().equals("bytes-uncertain")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("octets").contains("500"));
        Report english = TestEngine.analyze("{\"text\": " + TestEngine.json().valueToTree(text.strip())
                + ", \"networks\": [\"threads\"], \"language\": \"en\"}");
        assertThat(english.findings()).filteredOn(f -> f.code().equals("bytes-uncertain")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("bytes").contains("uncertain"));
    }
}
