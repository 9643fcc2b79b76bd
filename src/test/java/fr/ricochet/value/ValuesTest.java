package fr.ricochet.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed values read and write as the bare strings the API always had, and refuse what they are not. */
class ValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Sample(NetworkId network, Language language, LanguageChoice asked, Audience audience, List<NetworkId> more) {
    }

    @Test
    void writeAndReadAsTheirBareStrings() throws Exception {
        Sample sample = new Sample(NetworkId.of("pixelfed"), Language.EN, LanguageChoice.AUTO, Audience.B2B,
                List.of(NetworkId.of("x"), NetworkId.of("bluesky")));
        String json = JSON.writeValueAsString(sample);
        assertThat(json).isEqualTo("{\"network\":\"pixelfed\",\"language\":\"en\",\"asked\":\"auto\","
                + "\"audience\":\"b2b\",\"more\":[\"x\",\"bluesky\"]}");
        assertThat(JSON.readValue(json, Sample.class)).isEqualTo(sample);
        assertThat(JSON.writeValueAsString(Map.of(NetworkId.of("x"), 1))).isEqualTo("{\"x\":1}");
    }

    @Test
    void aNetworkIdIsOpenEndedButHasTheShapeOfARulesFileId() {
        assertThat(NetworkId.of("my-network2").value()).isEqualTo("my-network2");
        assertThat(NetworkId.of("x")).hasToString("x").isEqualTo(new NetworkId("x"));
        for (String bad : new String[] {"", "X", "2x", "x y", "x_y", "-x"}) {
            assertThat(NetworkId.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> NetworkId.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a network id");
        }
        assertThatThrownBy(() -> NetworkId.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(List.of(NetworkId.of("x"), NetworkId.of("bluesky"), NetworkId.of("mastodon")).stream().sorted()
                .map(NetworkId::value).toList()).containsExactly("bluesky", "mastodon", "x");
    }

    @Test
    void languagesAndAudiencesKnowTheirCodes() {
        assertThat(LanguageChoice.codes()).containsExactly("fr", "en", "auto");
        assertThat(LanguageChoice.fromCode("auto")).contains(LanguageChoice.AUTO);
        assertThat(LanguageChoice.AUTO.fixed()).isEmpty();
        assertThat(LanguageChoice.of(Language.EN).fixed()).contains(Language.EN);
        assertThat(LanguageChoice.fromCode("fr-FR")).isEmpty();
        assertThat(Language.fromCode("auto")).isEmpty();
        assertThat(Language.FR.other()).isEqualTo(Language.EN);
        assertThat(Language.EN.locale().getLanguage()).isEqualTo("en");
        assertThatThrownBy(() -> Language.of("de")).hasMessageContaining("'de' is not a draft language");
        assertThat(Audience.ids()).containsExactly("general", "b2b", "b2c");
        assertThat(Audience.fromId("B2B")).isEmpty();
        assertThatThrownBy(() -> Audience.of("b2g")).hasMessageContaining("allowed: general, b2b, b2c");
    }
}
