package fr.ricochet.request;

import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileEffect;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.testing.Profiles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    private static final CalibrationProfile PROFILE = Profiles.profile("x",
            List.of(Profiles.IMAGE_TWICE, new ProfileEffect("hashtags", "0", 1.3, 1.1, 1.6, 200, 212),
                    new ProfileEffect("hour", "18-21", 1.2, 0.9, 1.5, 60, 352)),
            List.of(Profiles.SUNDAY_EVENING));
    private final ProfileReader reader = new ProfileReader(Set.copyOf(ids("x", "mastodon")));

    private List<FieldError> errors(String text) {
        InvalidRequestException refused = catchThrowableOfType(() -> reader.read(text), InvalidRequestException.class);
        assertThat(refused).as("refused: %s", text).isNotNull();
        return refused.errors();
    }

    private static String valid(String replace, String with) {
        String json = ProfileWriter.json(PROFILE);
        assertThat(json).contains(replace);
        return json.replace(replace, with);
    }

    @Test
    void readsBackWhatItWritesInJsonAndInYaml() {
        assertThat(reader.read(ProfileWriter.json(PROFILE))).isEqualTo(PROFILE);
        String yaml = ProfileWriter.yaml(PROFILE);
        assertThat(yaml).doesNotStartWith("{").contains("network: x");
        assertThat(reader.read(yaml)).isEqualTo(PROFILE);
        CalibrationProfile stored = PROFILE.withId("abc");
        assertThat(reader.read(ProfileWriter.yaml(stored))).isEqualTo(stored);
    }

    @Test
    void namesAnUnknownNetworkWithTheAllowedOnes() {
        List<FieldError> errors = errors(valid("\"network\" : \"x\"", "\"network\" : \"myspace\""));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("network");
            assertThat(e.en()).contains("myspace", "mastodon, x");
            assertThat(e.fr()).contains("réseaux permis\u00A0: mastodon, x");
        });
    }

    @Test
    void refusesAZoneThatIsNoIanaZone() {
        assertThat(errors(valid("Europe/Paris", "Paris"))).extracting(FieldError::field).containsExactly("timeZone");
    }

    @Test
    void refusesAnotherVersion() {
        assertThat(errors(valid("\"version\" : 1", "\"version\" : 2"))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void refusesAFeatureOrAGroupNotDocumented() {
        assertThat(errors(valid("\"feature\" : \"image\"", "\"feature\" : \"colour\"")))
                .extracting(FieldError::field).containsExactly("effects[0].feature");
        List<FieldError> group = errors(valid("\"group\" : \"0\"", "\"group\" : \"2\""));
        assertThat(group).extracting(FieldError::field).containsExactly("effects[1].group");
        assertThat(group.get(0).en()).contains("allowed: 0, 1-2, 3+");
        assertThat(errors(valid("\"group\" : \"18-21\"", "\"group\" : \"18-20\"")))
                .extracting(FieldError::field).containsExactly("effects[2].group");
    }

    @Test
    void refusesARatioOutsideItsIntervalOrNotPositive() {
        assertThat(errors(valid("\"ratio\" : 2.0", "\"ratio\" : 3.0"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("effects[0].ratio");
            assertThat(e.en()).contains("low <= ratio <= high");
        });
        assertThat(errors(valid("\"low\" : 1.6", "\"low\" : 0"))).extracting(FieldError::field)
                .containsExactly("effects[0].low");
    }

    @Test
    void refusesNegativeCounts() {
        assertThat(errors(valid("\"nOthers\" : 292", "\"nOthers\" : -1"))).extracting(FieldError::field)
                .containsExactly("effects[0].nOthers");
        assertThat(errors(valid("\"posts\" : 412", "\"posts\" : -3"))).extracting(FieldError::field)
                .containsExactly("posts");
    }

    @Test
    void refusesWindowsOutsideTheDayOrEndingBeforeTheyStart() {
        assertThat(errors(valid("\"to\" : 21", "\"to\" : 25"))).extracting(FieldError::field)
                .containsExactly("windows[0].to");
        List<FieldError> backwards = errors(valid("\"from\" : 18", "\"from\" : 22"));
        assertThat(backwards).extracting(FieldError::field).containsExactly("windows[0].to");
        assertThat(backwards.get(0).fr()).contains("doit venir après from (22)\u00A0:");
        assertThat(errors(valid("\"day\" : \"SUNDAY\"", "\"day\" : \"dimanche\""))).extracting(FieldError::field)
                .containsExactly("windows[0].day");
    }

    @Test
    void readsADayWrittenInLowerCase() {
        assertThat(reader.read(valid("\"day\" : \"SUNDAY\"", "\"day\" : \"sunday\""))).isEqualTo(PROFILE);
    }

    @Test
    void listsEveryFieldAtFaultAtOnceInBothLanguages() {
        List<FieldError> errors = errors("""
                version: 1
                network: x
                timeZone: Mars/Olympus
                posts: 12
                colour: blue
                from: yesterday
                effects:
                  - {feature: image, group: with, ratio: 2, low: 1.6, high: 2.5, n: -1, nOthers: 3}
                windows:
                  - {day: MONDAY, from: 9, to: 9, ratio: 1.2, n: 30}
                """);
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("colour", "timeZone", "from", "effects[0].n", "windows[0].to");
        assertThat(errors).allSatisfy(e -> assertThat(e.fr()).isNotEqualTo(e.en()));
    }

    @Test
    void saysWhenTheTextIsNeitherJsonNorYaml() {
        assertThat(errors("{\"version\": 1,")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEmpty();
            assertThat(e.en()).contains("neither valid JSON nor valid YAML");
        });
        assertThat(errors("- just\n- a list")).singleElement().satisfies(e -> assertThat(e.en())
                .contains("must be a calibration profile"));
    }
}
