package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.id;
import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each network counts length its own way; these drafts are the tricky cases. */
class NetworkCountingTest {

    private static final TextMeasurer MEASURER = TextMeasurer.forRules(TestEngine.RULES);
    private static final List<NetworkId> ALL = List.copyOf(TestEngine.RULES.networkIds());

    private static NetworkLength length(String text, String network) {
        return MEASURER.measure(text, LanguageChoice.FR, ALL).length(NetworkId.of(network));
    }

    @Test
    void xCountsEmojiAsTwoAndAZwjFamilyAsOneEmoji() {
        String family = "Famille \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man ZWJ woman ZWJ girl
        assertThat(length(family, "x").length()).isEqualTo(8 + 2);
        assertThat(length(family, "bluesky").length()).isEqualTo(9);
        assertThat(length(family, "linkedin").length()).isEqualTo(8 + 5);
    }

    @Test
    void xCountsEveryUrlAsTwentyThree() {
        String text = "Lire https://exemple.fr/un/chemin/tres/long/qui/depasse/largement/vingt-trois/caracteres";
        assertThat(length(text, "x").length()).isEqualTo(5 + 23);
        assertThat(length(text, "mastodon").length()).isEqualTo(5 + 23);
        assertThat(length(text, "bluesky").length()).isEqualTo(text.length());
    }

    @Test
    void xCountsCjkAsTwo() {
        assertThat(length("東京で会いましょう", "x").length()).isEqualTo(18);
        assertThat(length("東京で会いましょう", "threads").length()).isEqualTo(9);
    }

    @Test
    void combiningAccentsCountOncePerGraphemeOnBlueskyAndAfterNormalisationOnX() {
        String decomposed = "Cafe\u0301 cre\u0300me";
        assertThat(length(decomposed, "bluesky").length()).isEqualTo(10);
        assertThat(length(decomposed, "x").length()).isEqualTo(10);
        assertThat(length(decomposed, "linkedin").length()).isEqualTo(12);
    }

    @Test
    void mastodonCountsAFediverseHandleWithoutItsDomain() {
        String text = "Merci @alice@mastodon.social !";
        Facts facts = MEASURER.measure(text, LanguageChoice.FR, ids("mastodon"));
        assertThat(facts.mentions()).extracting(Entity::value).containsExactly("alice@mastodon.social");
        assertThat(facts.urls()).isEmpty();
        assertThat(facts.length(id("mastodon")).length()).isEqualTo("Merci @alice !".length());
    }

    @Test
    void threadsCountsAnEmojiAsItsUtf8Bytes() {
        assertThat(length("Bravo \uD83C\uDF89", "threads").length()).isEqualTo(6 + 4);
        assertThat(length("Bravo \uD83D\uDC4D\uD83C\uDFFD", "threads").length()).isEqualTo(6 + 8);
    }

    @Test
    void blueskyAlsoCountsBytes() {
        NetworkLength length = length("é".repeat(290), "bluesky");
        assertThat(length.length()).isEqualTo(290);
        assertThat(length.bytes()).isEqualTo(580);
        assertThat(length.withinLimit()).isTrue();
    }

    @Test
    void theFitEndIsWhereTheLimitFallsCountedTheNetworksWay() {
        String text = "a".repeat(270) + " \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";
        NetworkLength x = length(text, "x");
        assertThat(x.length()).isEqualTo(271 + 12);
        assertThat(x.withinLimit()).isFalse();
        // 271 + 2 + 2 + 2 = 277 fit, the fourth emoji would make 279, the fifth 281
        assertThat(x.fitEnd()).isEqualTo(271 + 2 * 4);
        NetworkLength bluesky = length(text, "bluesky");
        assertThat(bluesky.withinLimit()).isTrue();
        assertThat(bluesky.fitEnd()).isEqualTo(text.length());
    }

    @Test
    void theFoldEndMarksWhatHidesBehindSeeMore() {
        String text = "Mot ".repeat(60).trim();
        NetworkLength linkedin = length(text, "linkedin");
        assertThat(linkedin.foldEnd()).isEqualTo(210);
        assertThat(length("Court.", "linkedin").foldEnd()).isEqualTo(-1);
    }

    @Test
    void emojiAreGraphemesNotCodePoints() {
        Facts facts = MEASURER.measure("Top \uD83D\uDC4D\uD83C\uDFFD et \uD83C\uDDEB\uD83C\uDDF7 et 1️⃣ mais pas 1 ni #", LanguageChoice.FR,
                ids("x"));
        assertThat(facts.emojis()).hasSize(3);
    }

    /** Both found by XDifferentialTest: twitter-text's parse counts what its extraction leaves out. */
    @Test
    void xCountsALinkInsideAHashtagAndReadsLinksInTheComposedForm() {
        String tag = "Suivez #Médiathèque.fr";
        assertThat(length(tag, "x").length())
                .isEqualTo(com.twitter.twittertext.TwitterTextParser.parseTweet(tag).weightedLength)
                .isEqualTo("Suivez #Mé".length() + 23);
        assertThat(MEASURER.measure(tag, LanguageChoice.FR, ids("x")).on(id("x")).urls()).isEmpty();
        String decomposed = "Voir mon-site.fre\u0301te\u0301";
        assertThat(length(decomposed, "x").length())
                .isEqualTo(com.twitter.twittertext.TwitterTextParser.parseTweet(decomposed).weightedLength)
                .isEqualTo(5 + 23 + 3);
    }

    @Test
    void xReadsNoFediverseHandleAsAMention() {
        Facts facts = MEASURER.measure("Écrivez à @test@example.com", LanguageChoice.FR, ids("x", "mastodon"));
        assertThat(facts.mentions()).extracting(Entity::value).containsExactly("test@example.com");
        assertThat(facts.on(id("x")).mentions()).isEmpty();
        assertThat(facts.on(id("x")).urls()).isEmpty();
        assertThat(facts.on(id("mastodon")).mentions()).extracting(Entity::value).containsExactly("test@example.com");
    }
}
