package fr.ricochet.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.report.Report;
import fr.ricochet.value.Language;
import fr.ricochet.value.NetworkId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages read as each language writes: plurals by ICU's rules, French typography, one finding per problem. */
class WordingTest {

    @Test
    void frenchTemplatesGetNoBreakSpacesBeforeHighPunctuationAndInsideGuillemets() {
        assertThat(Wording.frenchTypography("Attention : « ici » ; vraiment ? oui ! 25 %"))
                .isEqualTo("Attention\u00A0: «\u00A0ici\u00A0»\u202F; vraiment\u202F? oui\u202F! 25\u00A0%");
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        String template = "{count, plural, one {# hashtag} other {# hashtags}}";
        // French puts 0 and 1 in the singular, English only 1.
        assertThat(Wording.format(template, Language.FR).format(java.util.Map.of("count", 0))).isEqualTo("0 hashtag");
        assertThat(Wording.format(template, Language.EN).format(java.util.Map.of("count", 0))).isEqualTo("0 hashtags");
        assertThat(Wording.format(template, Language.EN).format(java.util.Map.of("count", 1))).isEqualTo("1 hashtag");
        assertThat(Wording.format(template, Language.FR).format(java.util.Map.of("count", 2))).isEqualTo("2 hashtags");
    }

    @Test
    void aBrokenPatternIsARulesProblemNotACrash() {
        assertThat(Wording.problem("{count, plural, one {# tag}", Language.FR)).startsWith("not a valid message pattern");
        assertThat(Wording.problem("{count} tags", Language.EN)).isNull();
    }

    @Test
    void theSameFindingOnSeveralNetworksIsOneFindingNamingThem() {
        Report report = TestEngine.analyzeText("Nouveaux horaires de la médiathèque : ouverte le dimanche.",
                "x", "mastodon", "bluesky");
        Finding media = report.findings().stream().filter(f -> f.rule().equals("media")).findFirst().orElseThrow();
        assertThat(media.networks()).extracting(NetworkId::value).containsExactly("x", "mastodon", "bluesky");
        assertThat(media.message()).startsWith("Sur X, Mastodon et Bluesky,");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("media")).hasSize(1);
    }

    @Test
    void oneEmojiTooManyIsSaidInTheSingular() {
        Report report = TestEngine.analyzeText("Soirée jeux vendredi à la médiathèque, venez ! 🎲🎉", "x");
        Finding emoji = report.findings().stream().filter(f -> f.rule().equals("emoji")).findFirst().orElseThrow();
        assertThat(emoji.message()).contains("1 suffit").contains("Celui-ci est en trop");
        assertThat(List.of(emoji.message())).noneMatch(m -> m.contains("Ceux-ci"));
    }
}
