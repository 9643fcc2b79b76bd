package fr.ricochet.request;

import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.value.Audience;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

    private final RequestReader reader = new RequestReader(Set.copyOf(ids("x", "linkedin", "instagram")));
    private final ObjectMapper json = new ObjectMapper();

    private AnalysisRequest read(String body) throws Exception {
        return reader.read(json.readTree(body));
    }

    private List<FieldError> errors(String body) {
        try {
            read(body);
        } catch (InvalidRequestException e) {
            return e.errors();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("request was accepted: " + body);
    }

    @Test
    void fillsTheDocumentedDefaults() throws Exception {
        AnalysisRequest request = read("{\"text\": \"Bonjour\"}");
        assertThat(request.networks()).extracting(NetworkId::value).containsExactly("x");
        assertThat(request.language()).isEqualTo(LanguageChoice.AUTO);
        assertThat(request.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(request.audience()).isEqualTo(Audience.GENERAL);
        assertThat(request.media()).isEmpty();
        assertThat(request.scheduledAt()).isNull();
        assertThat(request.id()).isNull();
    }

    @Test
    void readsEveryField() throws Exception {
        AnalysisRequest request = read("""
                {"text": "Bonjour", "networks": ["linkedin", "x"], "language": "en",
                 "media": [{"type": "image", "altText": "Une affiche"}, {"type": "video"}],
                 "scheduledAt": "2026-12-01T12:30:00+01:00", "timeZone": "America/Montreal",
                 "audience": "b2b", "id": "draft-7"}""");
        assertThat(request.networks()).extracting(NetworkId::value).containsExactly("linkedin", "x");
        assertThat(request.language()).isEqualTo(LanguageChoice.EN);
        assertThat(request.media()).containsExactly(new Media(MediaType.IMAGE, "Une affiche"), new Media(MediaType.VIDEO, null));
        assertThat(request.scheduledAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T12:30:00+01:00"));
        assertThat(request.timeZone()).isEqualTo(ZoneId.of("America/Montreal"));
        assertThat(request.audience()).isEqualTo(Audience.B2B);
        assertThat(request.id().asText()).isEqualTo("draft-7");
    }

    @Test
    void namesEveryInvalidFieldAndWhatIsAllowed() {
        List<FieldError> errors = errors("""
                {"text": "", "networks": ["x", "myspace"], "language": "de", "media": [{"type": "audio"}],
                 "scheduledAt": "demain midi", "timeZone": "Paris", "audience": "kids", "colour": "blue"}""");
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("text", "networks[1]", "language",
                "media[0].type", "scheduledAt", "timeZone", "audience", "colour");
        assertThat(errors).filteredOn(e -> e.field().equals("networks[1]")).first()
                .satisfies(e -> assertThat(e.en()).contains("myspace").contains("instagram, linkedin, x"))
                .satisfies(e -> assertThat(e.fr()).contains("réseau"));
        assertThat(errors).filteredOn(e -> e.field().equals("language")).first()
                .satisfies(e -> assertThat(e.en()).contains("fr, en, auto"));
        assertThat(errors).filteredOn(e -> e.field().equals("colour")).first()
                .satisfies(e -> assertThat(e.en()).startsWith("unknown field").contains("text"));
    }

    @Test
    void refusesATextOverTenThousandCharactersButCountsCodePoints() {
        assertThat(errors("{\"text\": \"" + "a".repeat(10_001) + "\"}")).extracting(FieldError::field)
                .containsExactly("text");
        String emoji = "\uD83D\uDE00".repeat(10_000);
        assertThat(reader.read(json.createObjectNode().put("text", emoji)).text()).hasSize(20_000);
    }

    @Test
    void refusesWrongTypes() {
        assertThat(errors("{\"text\": 42, \"networks\": \"x\", \"media\": {}, \"id\": [1]}"))
                .extracting(FieldError::field).containsExactlyInAnyOrder("text", "networks", "media", "id");
        assertThat(errors("{\"networks\": []}")).extracting(FieldError::field).containsExactlyInAnyOrder("text", "networks");
        assertThat(errors("[1, 2]")).extracting(FieldError::field).containsExactly("");
    }

    @Test
    void aDateWithoutOffsetIsRefusedRatherThanGuessed() {
        assertThat(errors("{\"text\": \"a\", \"scheduledAt\": \"2026-12-01T12:30:00\"}")).first()
                .satisfies(e -> assertThat(e.en()).contains("with offset"));
    }

    @Test
    void aPlannedTimeOutsideSaneYearsIsRefused() {
        assertThat(errors("{\"text\": \"a\", \"scheduledAt\": \"+999999999-12-31T23:59:59+18:00\"}")).first()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("scheduledAt");
                    assertThat(e.en()).contains("out of range").contains("2000 to 2100");
                });
        assertThat(errors("{\"text\": \"a\", \"scheduledAt\": \"1900-01-01T10:00:00Z\"}")).hasSize(1);
    }

    @Test
    void theIdOfAnInvalidRequestCanStillBeEchoed() throws Exception {
        assertThat(RequestReader.idOf(json.readTree("{\"id\": 12, \"text\": 3}")).asInt()).isEqualTo(12);
        assertThat(RequestReader.idOf(json.readTree("{\"id\": {\"a\": 1}}"))).isNull();
    }

    @Test
    void duplicateNetworksAreKeptOnce() throws Exception {
        assertThatThrownBy(() -> read("{\"text\": \"a\", \"networks\": [\"x\", 3]}"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("networks[1]");
        assertThat(read("{\"text\": \"a\", \"networks\": [\"x\", \"x\"]}").networks()).extracting(NetworkId::value)
                .containsExactly("x");
    }

    /** Found by RequestReaderFuzzTest: an empty name was reported as field "", which means the whole request. */
    @Test
    void aFieldNameThatIsNoIdentifierIsQuotedInItsPath() {
        assertThat(errors("{\"text\": \"a\", \"\": 1, \"a.b\": 2, \"media\": [{\"type\": \"gif\", \"\": 3, \"size\": 4}]}"))
                .extracting(FieldError::field).containsExactlyInAnyOrder("[\"\"]", "[\"a.b\"]", "media[0][\"\"]", "media[0].size");
    }
}
