package fr.ricochet.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.server.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfTest {

    private static final String COOKIE = "a-browser-cookie-value-0123456789";

    @Test
    void serversSharingTheSecretAcceptEachOthersTokens() {
        Map<String, String> env = Map.of(Csrf.SECRET_VARIABLE, "the same long secret on every server behind the balancer");
        assertThat(Csrf.fromEnvironment(env).tokenFor(COOKIE)).isEqualTo(Csrf.fromEnvironment(env).tokenFor(COOKIE));
    }

    @Test
    void withoutASecretEachProcessSignsItsOwnWay() {
        assertThat(Csrf.fromEnvironment(Map.of()).tokenFor(COOKIE)).isNotEqualTo(Csrf.fromEnvironment(Map.of()).tokenFor(COOKIE));
    }

    @Test
    void aShortSecretStopsTheStartWithItsName() {
        assertThatThrownBy(() -> Csrf.fromEnvironment(Map.of(Csrf.SECRET_VARIABLE, "short")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(Csrf.SECRET_VARIABLE).hasMessageContaining("at least 32");
    }
}
