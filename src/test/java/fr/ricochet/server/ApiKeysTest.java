package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void aKeyIsIdentifiedByItsPositionNeverByItself() {
        ApiKeys keys = new ApiKeys(List.of("first-key-0123456789", "second-key-0123456789"));
        assertThat(keys.required()).isTrue();
        assertThat(keys.identify("second-key-0123456789")).hasValue("key-2");
        assertThat(keys.identify("second-key-012345678")).isEmpty();
        assertThat(keys.identify("")).isEmpty();
        assertThat(keys.identify(null)).isEmpty();
        assertThat(new ApiKeys(List.of()).required()).isFalse();
    }
}
