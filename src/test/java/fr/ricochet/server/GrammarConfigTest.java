package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.measure.Grammar;
import fr.ricochet.server.http.ConfigException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrammarConfigTest {

    @Test
    void onByDefaultWithATwoSecondBudget() {
        GrammarConfig config = GrammarConfig.from(Map.of());
        assertThat(config.on()).isTrue();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void offMeansNoLanguageToolAtAll() {
        GrammarConfig config = GrammarConfig.from(Map.of("RICOCHET_GRAMMAR", " OFF "));
        assertThat(config.on()).isFalse();
        assertThat(config.start(2).state()).isEqualTo(Grammar.State.OFF);
    }

    @Test
    void aBadSettingSaysWhatIsAllowed() {
        assertThatThrownBy(() -> GrammarConfig.from(Map.of("RICOCHET_GRAMMAR", "maybe")))
                .isInstanceOf(ConfigException.class).hasMessage("RICOCHET_GRAMMAR must be on or off, not 'maybe'");
        assertThatThrownBy(() -> GrammarConfig.from(Map.of("RICOCHET_GRAMMAR_TIMEOUT_MS", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("positive number of milliseconds");
        assertThatThrownBy(() -> GrammarConfig.from(Map.of("RICOCHET_GRAMMAR_TIMEOUT_MS", "2s")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("whole number");
    }
}
