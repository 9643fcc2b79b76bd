package fr.ricochet.cli;

import fr.ricochet.engine.Advisor;
import fr.ricochet.server.RicochetServer;
import fr.ricochet.server.ServerConfig;
import fr.ricochet.server.http.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ricochet serve}: the HTTP API, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (see README: RICOCHET_* environment variables).")
final class ServeCommand implements Callable<Integer> {

    /** Exit code for a setting the server cannot start with. */
    static final int BAD_SETTING = 2;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: $RICOCHET_PORT, else 7070).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: $RICOCHET_HOST, else 127.0.0.1).")
    String host;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: $RICOCHET_RULES, else the embedded rules).")
    Path rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = ServerConfig.from(System.getenv(), port, host, rules);
        } catch (ConfigException e) {
            err.println("ricochet serve: " + e.getMessage());
            return BAD_SETTING;
        }
        // One LanguageTool per language for each analysis thread and each batch thread (see Analyses).
        Advisor advisor = Engines.advisor(config.rules(),
                config.grammar().start(config.analysisThreads() + Math.max(1, config.analysisThreads() / 2)));
        RicochetServer server;
        try {
            server = RicochetServer.start(config, advisor, Main.version());
        } catch (RuntimeException e) {
            // Typically the port is taken or the database unreachable: one line rather than a stack trace.
            err.println("ricochet serve: cannot start on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e));
            return BAD_SETTING;
        }
        err.println("ricochet serve: listening on http://" + config.host() + ":" + server.port()
                + " (API keys " + (config.apiKeys().isEmpty() ? "off" : "on") + ", rate limit "
                + (config.rateLimitPerMinute() == 0 ? "off" : config.rateLimitPerMinute() + "/min") + ", workshops in "
                + (config.workshops().database().isEmbedded() ? "embedded H2" : "PostgreSQL") + ", spelling and grammar "
                + (config.grammar().on() ? "loading" : "off") + ")");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("ricochet serve: stopping, letting in-flight requests finish");
            err.flush();
            server.stop();
            err.println("ricochet serve: stopped");
            err.flush();
            stopped.countDown();
        }, "ricochet-shutdown"));
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
