package fr.ricochet.server.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void acceptLanguagePicksTheBestSupportedLanguageAndDefaultsToFrench() {
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo("fr");
        assertThat(Languages.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo("en");
        assertThat(Languages.fromAcceptLanguage("de-DE,en;q=0.5,fr;q=0.8")).isEqualTo("fr");
        assertThat(Languages.fromAcceptLanguage("de")).isEqualTo("fr");
        assertThat(Languages.fromAcceptLanguage("en;q=0,fr;q=0.1")).isEqualTo("fr");
        assertThat(Languages.fromAcceptLanguage(";;;garbage")).isEqualTo("fr");
    }
}
