package fr.ricochet.workshop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    @Test
    void withoutConfigurationTheStoreIsADurableH2FileUnderData() {
        DatabaseConfig config = DatabaseConfig.fromEnv(Map.of());

        assertThat(config.url()).startsWith("jdbc:h2:file:./data/ricochet;").contains("WRITE_DELAY=0");
        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.schema()).isNull();
    }

    @Test
    void postgresqlIsUsedWhenConfigured() {
        DatabaseConfig config = DatabaseConfig.fromEnv(Map.of("RICOCHET_DB_URL", "jdbc:postgresql://db/ricochet",
                "RICOCHET_DB_USER", "app", "RICOCHET_DB_PASSWORD", "s3cret", "RICOCHET_DB_POOL_SIZE", "3"));

        assertThat(config.url()).isEqualTo("jdbc:postgresql://db/ricochet");
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.password()).isEqualTo("s3cret");
        assertThat(config.maxPoolSize()).isEqualTo(3);
        assertThat(config.isEmbedded()).isFalse();
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void onlyAnEmbeddedH2IsKnownToBeThisProcesssAlone() {
        assertThat(DatabaseConfig.fromEnv(Map.of()).isSingleProcess()).isTrue();
        assertThat(config("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1").isSingleProcess()).isTrue();
        assertThat(config("jdbc:h2:tcp://db/ricochet").isSingleProcess()).isFalse();
        assertThat(config("jdbc:h2:file:./data/ricochet;AUTO_SERVER=TRUE").isSingleProcess()).isFalse();
        assertThat(config("jdbc:postgresql://db/ricochet").isSingleProcess()).isFalse();
    }

    private static DatabaseConfig config(String url) {
        return new DatabaseConfig(url, "sa", "", null, 1);
    }

    @Test
    void aBadPoolSizeIsNamed() {
        assertThatThrownBy(() -> DatabaseConfig.fromEnv(Map.of("RICOCHET_DB_POOL_SIZE", "many")))
                .hasMessageContaining("RICOCHET_DB_POOL_SIZE");
    }
}
