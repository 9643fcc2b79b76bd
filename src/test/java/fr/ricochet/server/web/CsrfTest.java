package fr.ricochet.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.server.http.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfTest {

    private static final String COOKIE = "a-browser-cookie-value-0123456789";

    @Test
    void serversSharingTheSecretAcceptEachOthersTokens() {
        Map<String, String> env = Map.of(PageConfig.SECRET_VARIABLE, "the same long secret on every server behind the balancer");
        assertThat(Csrf.withSecret(PageConfig.from(env).secret()).tokenFor(COOKIE)).isEqualTo(Csrf.withSecret(PageConfig.from(env).secret()).tokenFor(COOKIE));
    }

    @Test
    void withoutASecretEachProcessSignsItsOwnWay() {
        assertThat(Csrf.withSecret(PageConfig.from(Map.of()).secret()).tokenFor(COOKIE)).isNotEqualTo(Csrf.withSecret(PageConfig.from(Map.of()).secret()).tokenFor(COOKIE));
    }

    @Test
    void aShortSecretStopsTheStartWithItsName() {
        assertThatThrownBy(() -> PageConfig.from(Map.of(PageConfig.SECRET_VARIABLE, "short")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(PageConfig.SECRET_VARIABLE).hasMessageContaining("at least 32");
    }

    @Test
    void developmentModeIsTrueOrFalseAndTheSecretNeverPrints() {
        PageConfig config = PageConfig.from(Map.of(PageConfig.SECRET_VARIABLE, "x".repeat(40),
                PageConfig.DEVELOPMENT_VARIABLE, "TRUE"));
        assertThat(config.development()).isTrue();
        assertThat(config.toString()).doesNotContain("xxxx");
        assertThat(PageConfig.from(Map.of()).development()).isFalse();
        assertThatThrownBy(() -> PageConfig.from(Map.of(PageConfig.DEVELOPMENT_VARIABLE, "yes")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_DEV");
    }
}
