package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.server.http.ConfigException;
import fr.ricochet.workshop.store.DatabaseConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workshop settings are read with the server's and a bad one stops the start with its name. */
class WorkshopConfigTest {

    @Test
    void defaultsAreAnEmbeddedDatabaseAndGenerousClassroomLimits() {
        WorkshopConfig config = WorkshopConfig.from(Map.of());
        assertThat(config.database().url()).isEqualTo(DatabaseConfig.DEFAULT_URL);
        assertThat(config.joinsPerMinute()).isEqualTo(120);
        assertThat(config.submissionsPerMinute()).isEqualTo(20);
        assertThat(config.limits().maxParticipants()).isEqualTo(100);
        assertThat(config.purgeEvery()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void eachSettingIsReadAndZeroTurnsALimitOff() {
        WorkshopConfig config = WorkshopConfig.from(Map.of("RICOCHET_DB_URL", "jdbc:postgresql://db/ricochet",
                "RICOCHET_WORKSHOP_JOINS_PER_MINUTE", "0", "RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE", " 5 ",
                "RICOCHET_WORKSHOP_MAX_PARTICIPANTS", "30"));
        assertThat(config.database().isEmbedded()).isFalse();
        assertThat(config.joinsPerMinute()).isZero();
        assertThat(config.submissionsPerMinute()).isEqualTo(5);
        assertThat(config.limits().maxParticipants()).isEqualTo(30);
    }

    @Test
    void aBadValueNamesItsSetting() {
        assertThatThrownBy(() -> WorkshopConfig.from(Map.of("RICOCHET_WORKSHOP_JOINS_PER_MINUTE", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_WORKSHOP_JOINS_PER_MINUTE");
        assertThatThrownBy(() -> WorkshopConfig.from(Map.of("RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE", "lots")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE");
        assertThatThrownBy(() -> WorkshopConfig.from(Map.of("RICOCHET_WORKSHOP_MAX_PARTICIPANTS", "0")))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> WorkshopConfig.from(Map.of("RICOCHET_DB_POOL_SIZE", "x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RICOCHET_DB_POOL_SIZE");
    }
}
