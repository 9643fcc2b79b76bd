package fr.ricochet.workshop.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** Brings a database's schema up to date with Flyway, then opens the connection pool the store uses. */
public final class Databases {

    /** The migrations, in {@code src/main/resources/db/migration}; their SQL runs on H2 and PostgreSQL alike. */
    static final String MIGRATIONS = "classpath:db/migration";

    private Databases() {
    }

    /** A pool on a database whose schema is migrated to the latest version. Close it when done. */
    public static HikariDataSource open(DatabaseConfig config) {
        migrate(config);
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(1);
        hikari.setPoolName("ricochet-store");
        if (config.schema() != null) {
            hikari.setSchema(config.schema());
        }
        return new HikariDataSource(hikari);
    }

    /**
     * Flyway takes a table lock on its history, so servers starting together on one PostgreSQL migrate in turn.
     * It connects on its own, before the pool exists, because the pool's connections may need the schema it creates.
     */
    static void migrate(DatabaseConfig config) {
        var flyway = Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .locations(MIGRATIONS)
                // Never wipe a database by accident.
                .cleanDisabled(true);
        if (config.schema() != null) {
            flyway.schemas(config.schema()).createSchemas(true);
        }
        flyway.load().migrate();
    }
}
