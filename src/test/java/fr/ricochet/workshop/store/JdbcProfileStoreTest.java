package fr.ricochet.workshop.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.testing.Profiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The calibration profiles' store, on the embedded database and on PostgreSQL alike. */
class JdbcProfileStoreTest {

    private static final CalibrationProfile PROFILE = Profiles.profile("x", List.of(Profiles.IMAGE_TWICE),
            List.of(Profiles.SUNDAY_EVENING));

    @TempDir
    Path directory;

    private JdbcWorkshopStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void keepsAProfileByItsIdUntilItIsDeleted(TestDatabases database) {
        store = JdbcWorkshopStore.open(database.fresh(directory));
        JdbcProfileStore profiles = store.profiles();
        CalibrationProfile stored = profiles.insert(PROFILE, Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(stored.id()).matches("[a-z2-7]{26}");
        assertThat(profiles.find(stored.id())).contains(stored);
        assertThat(profiles.find(stored.id().toUpperCase())).contains(stored);
        assertThat(profiles.delete(stored.id())).isTrue();
        assertThat(profiles.find(stored.id())).isEmpty();
        assertThat(profiles.delete(stored.id())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void findsNothingForAnIdItNeverGaveNorForOneOfAnotherShape(TestDatabases database) {
        store = JdbcWorkshopStore.open(database.fresh(directory));
        JdbcProfileStore profiles = store.profiles();
        profiles.insert(PROFILE, Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(profiles.find("aaaaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
        assertThat(profiles.find("' OR 1=1 --")).isEmpty();
        assertThat(profiles.delete("")).isFalse();
    }

    @Test
    void givesEachProfileARandomIdOf128Bits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(JdbcProfileStore.newId());
        }
        assertThat(ids).hasSize(1000).allSatisfy(id -> assertThat(id).matches("[a-z2-7]{26}"));
    }
}
