package fr.ricochet.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ricochet} command: check drafts, list or validate rules. */
@Command(name = "ricochet", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Post-optimization advisor: scores a social-media draft and says how to improve it.",
        subcommands = {CheckCommand.class, AuditCommand.class, RulesCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    /** Exit code when a file to read cannot be read. */
    static final int UNREADABLE_INPUT = 3;
    /** Exit code when the rules directory is invalid. */
    static final int INVALID_RULES = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where {@code -} reads from. */
    InputStream in = System.in;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(System.in, out, err, args));
    }

    /** Runs one command with the given streams, as {@code main} does, and returns its exit code. */
    public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        main.in = in;
        CommandLine commandLine = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("ricochet: " + e.getMessage());
                    return e instanceof fr.ricochet.rules.RulesException ? INVALID_RULES : 1;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or "development" when run from the build's classes. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Ricochet " + version()};
        }
    }
}
