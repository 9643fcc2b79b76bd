package fr.ricochet.workshop.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workshop database is and how to reach it, read from the environment.
 *
 * <p>By default an embedded H2 file under {@code ./data/}, created on first start. {@code WRITE_DELAY=0} makes H2
 * write each commit to the file before the commit returns, so a submission acknowledged to a participant survives
 * the process being killed (the default delays writes by half a second). Set {@code RICOCHET_DB_URL} (with
 * {@code RICOCHET_DB_USER} and {@code RICOCHET_DB_PASSWORD}) to a {@code jdbc:postgresql:} URL to use PostgreSQL;
 * that is also the only way to run several Ricochet servers on the same workshops.
 *
 * @param schema the schema to create the tables in, or null for the connection's default
 * @param maxPoolSize the most connections this process opens
 */
public record DatabaseConfig(String url, String user, String password, String schema, int maxPoolSize) {

    /** Options appended to every embedded H2 URL: durable commits, and waits rather than failures on row locks. */
    public static final String H2_OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/ricochet" + H2_OPTIONS;
    public static final int DEFAULT_POOL_SIZE = 8;

    public DatabaseConfig {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the database URL is empty");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool size must be at least 1, not " + maxPoolSize);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Reads {@code RICOCHET_DB_URL}, {@code RICOCHET_DB_USER}, {@code RICOCHET_DB_PASSWORD},
     * {@code RICOCHET_DB_SCHEMA} and {@code RICOCHET_DB_POOL_SIZE}; each missing one takes its default.
     */
    public static DatabaseConfig fromEnv(Map<String, String> env) {
        String url = env.getOrDefault("RICOCHET_DB_URL", "");
        boolean embedded = url.isBlank();
        String pool = env.getOrDefault("RICOCHET_DB_POOL_SIZE", "");
        int poolSize;
        try {
            poolSize = pool.isBlank() ? DEFAULT_POOL_SIZE : Integer.parseInt(pool.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("RICOCHET_DB_POOL_SIZE must be a whole number, not '" + pool + "'");
        }
        String schema = env.get("RICOCHET_DB_SCHEMA");
        return new DatabaseConfig(embedded ? DEFAULT_URL : url,
                env.getOrDefault("RICOCHET_DB_USER", embedded ? "sa" : ""),
                env.getOrDefault("RICOCHET_DB_PASSWORD", ""),
                schema == null || schema.isBlank() ? null : schema, poolSize);
    }

    /** An embedded database in the given directory, with the same options as the default one. */
    public static DatabaseConfig embedded(Path directory) {
        String file = directory.toAbsolutePath().resolve("ricochet").toString();
        return new DatabaseConfig("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "", null, DEFAULT_POOL_SIZE);
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /**
     * Whether no other process can be using the database: an embedded H2 (a file H2 locks, or memory), not one of
     * H2's server modes nor PostgreSQL.
     */
    public boolean isSingleProcess() {
        String lower = url.toLowerCase(Locale.ROOT);
        return isEmbedded() && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
                && !lower.contains(";auto_server=true");
    }

    public DatabaseConfig withSchema(String newSchema) {
        return new DatabaseConfig(url, user, password, newSchema, maxPoolSize);
    }

    /** Never shows the password, so the configuration can be logged. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", schema=" + schema + ", maxPoolSize=" + maxPoolSize
                + "]";
    }
}
