package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import fr.ricochet.testing.Gen;
import fr.ricochet.testing.Trials;
import org.junit.jupiter.api.Test;

/** Ricochet's fast X count agrees with twitter-text's own full parse, emoji included. */
class TwitterCounterProperties {

    private final TwitterCounter counter = new TwitterCounter();

    @Test
    void weightedLengthMatchesTwitterText() {
        Trials.of(3000, posts()).check(text -> assertThat(
                        counter.weightedLength(text, Graphemes.boundaries(text), new EntityExtractor().extract(text)))
                .as("weighted length of %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(TwitterTextParser.parseTweet(text).weightedLength));
    }

    private static Gen<String> posts() {
        Gen<String> pieces = Gen.of(
                "Bonjour", " ", "l’été", "« citation »", "#Tag", "@user", "https://exemple.fr/a/b", "東京", "한국",
                "©", "®", "™", "‼", "⁉", "☺", "☺\uFE0F", "❤", "❤\uFE0F", "1\uFE0F\u20E3", "#\uFE0F\u20E3", "*\u20E3",
                "🙏", "🙏🏽", "👍🏿", "👨‍👩‍👧", "👩‍💻", "🏳️‍🌈", "🇫🇷", "🇫", "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F",
                "e\u0301", "\u200D", "\uFE0F", "€", "—", "…", "\n", "↗", "↗\uFE0F", "⌚", "🕐", "🫠", "🧑‍🤝‍🧑", "❤️‍🔥",
                "\uD83D", "a\u0308\u0301", "ﬁ", "𝔸");
        Gen<String> composed = Gen.concatenations(pieces, 40);
        Gen<String> anyUnicode = Gen.strings(Gen.anyChar(), 0, 120);
        return Gen.oneOf(composed, composed, anyUnicode);
    }
}
