package fr.ricochet.workshop.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases the store tests run on: an embedded H2 file in a temporary directory, and the PostgreSQL server
 * named by {@code RICOCHET_TEST_DB_URL}, {@code RICOCHET_TEST_DB_USER} and {@code RICOCHET_TEST_DB_PASSWORD}
 * ({@code bash .ci/test} starts one and sets them). Without that server the PostgreSQL cases fail, they are never
 * skipped: a store that only works on H2 must not pass.
 */
public enum TestDatabases {
    H2, POSTGRESQL;

    /** For {@code @MethodSource}: every database. */
    public static Stream<TestDatabases> all() {
        return Stream.of(values());
    }

    /**
     * A fresh, empty database: a new H2 file under {@code directory}, or a new schema on the PostgreSQL server so
     * that tests never see each other's rows.
     */
    public DatabaseConfig fresh(Path directory) {
        if (this == H2) {
            return DatabaseConfig.embedded(directory.resolve("h2-" + UUID.randomUUID()));
        }
        return postgresql().withSchema("t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT));
    }

    public static DatabaseConfig postgresql() {
        String url = System.getenv("RICOCHET_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("RICOCHET_TEST_DB_URL is not set, so the PostgreSQL store tests cannot "
                    + "run (they fail rather than skip). Run `bash .ci/test`, which starts a PostgreSQL and sets "
                    + "RICOCHET_TEST_DB_URL, RICOCHET_TEST_DB_USER and RICOCHET_TEST_DB_PASSWORD.");
        }
        return new DatabaseConfig(url, System.getenv("RICOCHET_TEST_DB_USER"),
                System.getenv("RICOCHET_TEST_DB_PASSWORD"), null, 4);
    }
}
