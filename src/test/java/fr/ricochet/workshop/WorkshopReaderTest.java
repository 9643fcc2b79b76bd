package fr.ricochet.workshop;

import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.request.InvalidRequestException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkshopReaderTest {

    private final WorkshopReader reader = new WorkshopReader(Set.copyOf(ids("x", "mastodon", "linkedin")));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFullWorkshopIsReadWithItsPlannedTimeAsAnInstant() throws Exception {
        WorkshopSettings settings = reader.settings(json.readTree("{\"title\": \" Atelier \", \"brief\": \"B\", "
                + "\"networks\": [\"linkedin\", \"x\", \"x\"], \"audience\": \"b2b\", \"startingPost\": \"Départ\", "
                + "\"plannedAt\": \"2026-12-01T12:30:00+01:00\", \"timeZone\": \"America/Montreal\"}"));

        assertThat(settings).isEqualTo(new WorkshopSettings("Atelier", "B", java.util.List.of("linkedin", "x"),
                "b2b", "Départ", Instant.parse("2026-12-01T11:30:00Z"), "America/Montreal"));
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws Exception {
        WorkshopSettings settings = reader.settings(json.readTree("{\"title\": \"T\", \"networks\": [\"x\"]}"));

        assertThat(settings.brief()).isEmpty();
        assertThat(settings.audience()).isEqualTo("general");
        assertThat(settings.startingPost()).isNull();
        assertThat(settings.plannedAt()).isNull();
        assertThat(settings.timeZone()).isEqualTo("Europe/Paris");
    }

    @Test
    void aTitleLongerThan120CharactersIsRefusedButEmojiCountAsOneCharacter() throws Exception {
        assertThat(reader.settings(json.readTree("{\"title\": \"" + "🎯".repeat(120) + "\", \"networks\": [\"x\"]}"))
                .title()).hasSize(240);
        assertThatThrownBy(() -> reader.settings(json.readTree("{\"title\": \"" + "a".repeat(121)
                + "\", \"networks\": [\"x\"]}"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("title");
    }

    @Test
    void pseudonymsThatLookTheSameShareOneKey() {
        assertThat(WorkshopReader.pseudonymKey("Léa")).isEqualTo(WorkshopReader.pseudonymKey(" léa "));
        assertThat(WorkshopReader.pseudonymKey("Ｌéa")).isEqualTo(WorkshopReader.pseudonymKey("lÉa"));
        assertThat(WorkshopReader.pseudonymKey("Léa  M")).isEqualTo(WorkshopReader.pseudonymKey("léa m"));
        assertThat(WorkshopReader.pseudonymKey("Léa")).isNotEqualTo(WorkshopReader.pseudonymKey("Lea"));
    }

    @Test
    void aPseudonymWithControlCharactersIsRefused() {
        assertThatThrownBy(() -> WorkshopReader.pseudonym("Lé\u0000a")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> WorkshopReader.pseudonym("Lé\u202Ea")).isInstanceOf(InvalidRequestException.class);
        assertThat(WorkshopReader.pseudonym(" 👩‍🏫 Léa ")).isEqualTo("👩‍🏫 Léa");
    }
}
