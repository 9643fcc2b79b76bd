package fr.ricochet.server;

import fr.ricochet.engine.RulesLocation;
import fr.ricochet.server.audit.AuditConfig;
import fr.ricochet.server.http.ConfigException;
import fr.ricochet.server.web.PageConfig;
import fr.ricochet.server.workshop.WorkshopConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything the server can be told, from flags first and then environment variables, checked once at
 * start-up so that a bad setting stops the process with a clear message instead of failing a request later.
 *
 * @param rules            rules directory, or null for RICOCHET_RULES / the embedded rules
 * @param apiKeys          accepted keys; empty means no authentication
 * @param corsOrigins      origins allowed to call from a browser; empty means no CORS headers at all
 * @param rateLimitPerMinute requests per minute per key (or per IP without keys); 0 turns the limit off
 * @param requestTimeout   longest an analysis may take before the client gets a 503
 * @param idleTimeout      how long Jetty keeps a silent connection
 * @param bodyTimeout      longest a request body may take to arrive whole, however steadily it trickles
 * @param shutdownTimeout  how long in-flight requests may run on after SIGTERM
 * @param analysisThreads  threads running analyses (CPU-bound: about one per core)
 * @param queuedAnalyses   single analyses that may wait at once; past that, requests are refused before reading
 * @param workshops        the workshop database and limits (RICOCHET_DB_*, RICOCHET_WORKSHOP_*)
 * @param pages            the pages' CSRF secret and development mode (RICOCHET_PAGE_SECRET, RICOCHET_DEV)
 * @param grammar          spelling and grammar on or off, and its per-draft budget (RICOCHET_GRAMMAR*)
 * @param audits           the largest archive an audit takes and how many run at once (RICOCHET_AUDIT*)
 */
public record ServerConfig(
        String host,
        int port,
        Path rules,
        List<String> apiKeys,
        List<String> corsOrigins,
        int rateLimitPerMinute,
        Duration requestTimeout,
        Duration idleTimeout,
        Duration bodyTimeout,
        Duration shutdownTimeout,
        int analysisThreads,
        int queuedAnalyses,
        WorkshopConfig workshops,
        PageConfig pages,
        GrammarConfig grammar,
        AuditConfig audits) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_RATE_LIMIT = 600;

    public ServerConfig {
        apiKeys = List.copyOf(apiKeys);
        corsOrigins = List.copyOf(corsOrigins);
    }

    /**
     * Reads the environment, letting the flags (null when not given) win.
     *
     * @throws ConfigException naming the setting at fault
     */
    public static ServerConfig from(Map<String, String> env, Integer portFlag, String hostFlag, Path rulesFlag) {
        int port = portFlag != null ? portFlag : integer(env, "RICOCHET_PORT", DEFAULT_PORT);
        if (port < 0 || port > 65_535) {
            throw new ConfigException("port " + port + " is out of range (0-65535)");
        }
        String host = hostFlag != null ? hostFlag : env.getOrDefault("RICOCHET_HOST", DEFAULT_HOST).strip();
        if (host.isEmpty()) {
            throw new ConfigException("RICOCHET_HOST is empty");
        }
        Path rules = rulesFlag;
        if (rules == null && present(env, RulesLocation.ENVIRONMENT)) {
            rules = Path.of(env.get(RulesLocation.ENVIRONMENT).strip());
        }
        if (rules != null && !Files.isDirectory(rules)) {
            throw new ConfigException("rules directory " + rules + " does not exist");
        }
        int rate = integer(env, "RICOCHET_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_LIMIT);
        if (rate < 0) {
            throw new ConfigException("RICOCHET_RATE_LIMIT_PER_MINUTE must be 0 (off) or more, not " + rate);
        }
        List<String> origins = list(env.get("RICOCHET_CORS_ORIGINS"));
        for (String origin : origins) {
            if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
                throw new ConfigException("RICOCHET_CORS_ORIGINS: '" + origin
                        + "' is not an origin such as https://cms.example.org (scheme and host, no path)");
            }
        }
        int threads = integer(env, "RICOCHET_ANALYSIS_THREADS", Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new ConfigException("RICOCHET_ANALYSIS_THREADS must be at least 1");
        }
        // A queue a few hundred analyses deep is well under a second of work at the usual 0.5 ms a draft: enough
        // for bursts from hundreds of connections, short enough that what waits still meets its deadline.
        int queued = integer(env, "RICOCHET_QUEUED_ANALYSES", threads * 256);
        if (queued < 1) {
            throw new ConfigException("RICOCHET_QUEUED_ANALYSES must be at least 1");
        }
        return new ServerConfig(host, port, rules, apiKeys(env), origins, rate,
                millis(env, "RICOCHET_REQUEST_TIMEOUT_MS", 10_000), millis(env, "RICOCHET_IDLE_TIMEOUT_MS", 30_000),
                millis(env, "RICOCHET_BODY_TIMEOUT_MS", 10_000), millis(env, "RICOCHET_SHUTDOWN_TIMEOUT_MS", 10_000),
                threads, queued, WorkshopConfig.from(env), PageConfig.from(env), GrammarConfig.from(env),
                AuditConfig.from(env));
    }

    private static List<String> apiKeys(Map<String, String> env) {
        if (present(env, "RICOCHET_API_KEYS") && present(env, "RICOCHET_API_KEYS_FILE")) {
            throw new ConfigException("set RICOCHET_API_KEYS or RICOCHET_API_KEYS_FILE, not both");
        }
        List<String> keys;
        if (present(env, "RICOCHET_API_KEYS_FILE")) {
            Path file = Path.of(env.get("RICOCHET_API_KEYS_FILE").strip());
            try {
                // One key a line; blank lines and # comments let operators annotate who holds which key.
                keys = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            } catch (IOException e) {
                throw new ConfigException("RICOCHET_API_KEYS_FILE: cannot read " + file);
            }
            if (keys.isEmpty()) {
                throw new ConfigException("RICOCHET_API_KEYS_FILE: " + file + " holds no key");
            }
        } else {
            keys = list(env.get("RICOCHET_API_KEYS"));
        }
        for (String key : keys) {
            if (key.length() < 16 || !key.matches("[\\x21-\\x7e]+")) {
                // The key itself is never echoed: the message may end up in a log.
                throw new ConfigException("API keys must be at least 16 printable ASCII characters without spaces");
            }
        }
        return keys;
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean present(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }

    static int integer(Map<String, String> env, String name, int fallback) {
        if (!present(env, name)) {
            return fallback;
        }
        try {
            return Integer.parseInt(env.get(name).strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, not '" + env.get(name).strip() + "'");
        }
    }

    static Duration millis(Map<String, String> env, String name, int fallback) {
        int value = integer(env, name, fallback);
        if (value < 1) {
            throw new ConfigException(name + " must be a positive number of milliseconds");
        }
        return Duration.ofMillis(value);
    }
}
