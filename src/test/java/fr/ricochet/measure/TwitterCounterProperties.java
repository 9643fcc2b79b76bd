package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Ricochet's fast X count agrees with twitter-text's own full parse, emoji included. */
class TwitterCounterProperties {

    private final TwitterCounter counter = new TwitterCounter();

    @Property(tries = 3000)
    void weightedLengthMatchesTwitterText(@ForAll("posts") String text) {
        assertThat(counter.weightedLength(text, Graphemes.boundaries(text), new EntityExtractor().extract(text)))
                .as("weighted length of %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(TwitterTextParser.parseTweet(text).weightedLength);
    }

    @Provide
    Arbitrary<String> posts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "Bonjour", " ", "l’été", "« citation »", "#Tag", "@user", "https://exemple.fr/a/b", "東京", "한국",
                "©", "®", "™", "‼", "⁉", "☺", "☺\uFE0F", "❤", "❤\uFE0F", "1\uFE0F\u20E3", "#\uFE0F\u20E3", "*\u20E3",
                "🙏", "🙏🏽", "👍🏿", "👨‍👩‍👧", "👩‍💻", "🏳️‍🌈", "🇫🇷", "🇫", "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F",
                "e\u0301", "\u200D", "\uFE0F", "€", "—", "…", "\n", "↗", "↗\uFE0F", "⌚", "🕐", "🫠", "🧑‍🤝‍🧑", "❤️‍🔥",
                "\uD83D", "a\u0308\u0301", "ﬁ", "𝔸");
        Arbitrary<String> composed = pieces.list().ofMaxSize(40).map(list -> String.join("", list));
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(120);
        return Arbitraries.oneOf(composed, composed, random);
    }
}
