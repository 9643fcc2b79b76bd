package fr.ricochet.server;

import fr.ricochet.server.http.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {

    @Test
    void defaultsAreLocalPort7070With600RequestsAMinuteAndNoKeysNorCors() {
        ServerConfig config = ServerConfig.from(Map.of(), null, null, null);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.rateLimitPerMinute()).isEqualTo(600);
        assertThat(config.apiKeys()).isEmpty();
        assertThat(config.corsOrigins()).isEmpty();
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void flagsWinOverTheEnvironment() {
        ServerConfig config = ServerConfig.from(Map.of("RICOCHET_PORT", "8080", "RICOCHET_HOST", "0.0.0.0"),
                9090, "localhost", null);
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.host()).isEqualTo("localhost");
    }

    @Test
    void listsAreCommaSeparatedAndTrimmed() {
        ServerConfig config = ServerConfig.from(Map.of("RICOCHET_CORS_ORIGINS", " https://a.example.org, http://b.test:8080 ",
                "RICOCHET_API_KEYS", "aaaaaaaaaaaaaaaa1, bbbbbbbbbbbbbbbb2,"), null, null, null);
        assertThat(config.corsOrigins()).containsExactly("https://a.example.org", "http://b.test:8080");
        assertThat(config.apiKeys()).containsExactly("aaaaaaaaaaaaaaaa1", "bbbbbbbbbbbbbbbb2");
    }

    @Test
    void thePublicAddressLosesItsTrailingSlashAndMustBeAnHttpOrigin() {
        assertThat(ServerConfig.from(Map.of(), null, null, null).workshops().publicUrl()).isNull();
        assertThat(ServerConfig.from(Map.of("RICOCHET_PUBLIC_URL", " https://ateliers.example.org:8443/ "), null, null,
                null).workshops().publicUrl()).isEqualTo("https://ateliers.example.org:8443");
        for (String bad : new String[] {"ricochet.example.org", "ftp://example.org", "https://example.org/?a=1",
                "https://user@example.org", "https://", "https://example.org/ricochet"}) {
            assertThatThrownBy(() -> ServerConfig.from(Map.of("RICOCHET_PUBLIC_URL", bad), null, null, null))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_PUBLIC_URL")
                    .hasMessageContaining("https://ricochet.example.org");
        }
    }

    @Test
    void badSettingsAreRefusedWithAMessageNamingThem(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ServerConfig.from(Map.of("RICOCHET_PORT", "http"), null, null, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_PORT");
        assertThatThrownBy(() -> ServerConfig.from(Map.of(), 70_000, null, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("port 70000");
        assertThatThrownBy(() -> ServerConfig.from(Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "-1"), null, null, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_RATE_LIMIT_PER_MINUTE");
        assertThatThrownBy(() -> ServerConfig.from(Map.of("RICOCHET_CORS_ORIGINS", "cms.example.org/path"), null,
                null, null)).isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_CORS_ORIGINS");
        assertThatThrownBy(() -> ServerConfig.from(Map.of(), null, null, dir.resolve("missing")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
        Path keys = dir.resolve("keys");
        Files.writeString(keys, "# nobody yet\n");
        assertThatThrownBy(() -> ServerConfig.from(Map.of("RICOCHET_API_KEYS_FILE", keys.toString()), null, null,
                null)).isInstanceOf(ConfigException.class).hasMessageContaining("holds no key");
        assertThatThrownBy(() -> ServerConfig.from(Map.of("RICOCHET_API_KEYS", "short"), null, null, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("at least 16").hasMessageNotContaining("short");
        assertThatThrownBy(() -> ServerConfig.from(Map.of("RICOCHET_API_KEYS", "aaaaaaaaaaaaaaaa1",
                "RICOCHET_API_KEYS_FILE", keys.toString()), null, null, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not both");
    }
}
