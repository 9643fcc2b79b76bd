package fr.ricochet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.measure.Grammar;
import fr.ricochet.measure.LanguageToolGrammar;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportJson;
import fr.ricochet.report.TextReport;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.ProfileReader;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.server.GrammarConfig;
import fr.ricochet.server.http.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ricochet check}: one draft from the arguments or stdin, or a JSON Lines batch. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Analyse a draft and print its score, findings and fixes.")
final class CheckCommand implements Callable<Integer> {

    private static final Duration LOAD_WAIT = Duration.ofMinutes(2);

    @ParentCommand
    Main parent;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The draft, or - to read it from stdin.")
    String text;

    @Option(names = {"-n", "--network"}, split = ",", paramLabel = "NETWORK",
            completionCandidates = RuleValues.NetworkIds.class,
            description = "Networks to check (${COMPLETION-CANDIDATES}). Default: x.")
    List<String> networks;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "fr, en or auto (default).")
    String language;

    @Option(names = "--at", paramLabel = "DATE-TIME", description = "Planned time, ISO-8601 with offset, e.g. 2026-12-01T12:30+01:00.")
    String at;

    @Option(names = "--tz", paramLabel = "ZONE", description = "The audience's IANA time zone (default Europe/Paris).")
    String timeZone;

    @Option(names = "--audience", paramLabel = "AUDIENCE", description = "general (default), b2b or b2c.")
    String audience;

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = RuleValues.KindIds.class,
            description = "The kind of post: auto (default: read from the draft), or one of ${COMPLETION-CANDIDATES}.")
    String kind;

    @Option(names = "--media", paramLabel = "TYPE[:ALT]",
            description = "An attachment: image, video or gif, with its alt text after a colon. Repeatable.")
    List<String> media;

    @Option(names = "--json", description = "Print the JSON report instead of the readable one.")
    boolean json;

    @Option(names = "--grammar", negatable = true, description = "Check spelling and grammar with LanguageTool "
            + "(default: on for one draft, off for a batch; RICOCHET_GRAMMAR=off turns it off). It loads in a few seconds.")
    Boolean grammar;

    @Option(names = "--batch", paramLabel = "FILE", description = "Read one JSON request per line (- for stdin); write one JSON report per line.")
    String batch;

    @Option(names = "--profile", paramLabel = "FILE", description = "A calibration profile (JSON or YAML, from "
            + "an audit) that adjusts the advice to the account's own numbers on its network.")
    Path profile;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: $RICOCHET_RULES, else the embedded rules).")
    Path rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch != null && profile != null) {
            err.println("ricochet check: --profile applies to one draft; in a --batch file, give each line its own "
                    + "\"profile\" (the profile itself, inline)");
            return 2;
        }
        if (batch != null) {
            return runBatch(out, err);
        }
        if (text == null) {
            err.println("ricochet check: give the draft as an argument, or - to read it from stdin (or use --batch FILE).");
            return 2;
        }
        String draft = "-".equals(text) ? new String(parent.in.readAllBytes(), StandardCharsets.UTF_8).strip() : text;
        boolean checkGrammar = grammar == null || grammar;
        RuleBook book = Engines.rules(rules); // a broken rules directory is told before LanguageTool loads
        ObjectNode requestJson = requestJson(draft);
        if (profile != null) {
            // read and checked before LanguageTool loads, like the rules: a bad file is told at once
            Integer refused = putProfile(requestJson, new ProfileReader(book.networkIds()), err);
            if (refused != null) {
                return refused;
            }
        }
        Advisor advisor = Advisor.create(book, grammar(checkGrammar, err));
        AnalysisRequest request;
        try {
            request = advisor.reader().read(requestJson);
        } catch (InvalidRequestException e) {
            for (FieldError error : e.errors()) {
                err.println("ricochet check: " + optionName(error.field()) + ": " + error.en());
            }
            return 2;
        }
        Report report = advisor.analyze(request);
        out.print(json ? ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n"
                : TextReport.render(report, request.text()));
        return 0;
    }

    /** Puts the profile file inline in the request; returns the exit code when it cannot, else null. */
    private Integer putProfile(ObjectNode request, ProfileReader reader, PrintWriter err) throws IOException {
        String content;
        try {
            if (Files.size(profile) > ProfileReader.MAX_BYTES) {
                err.println("ricochet check: --profile " + profile + ": larger than " + ProfileReader.MAX_BYTES
                        + " bytes; a calibration profile is a few kilobytes");
                return 2;
            }
            content = Files.readString(profile, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("ricochet check: cannot read " + profile + ": " + e.getMessage());
            return Main.UNREADABLE_INPUT;
        }
        try {
            request.set("profile", ReportJson.mapper().readTree(ProfileWriter.json(reader.read(content))));
            return null;
        } catch (InvalidRequestException e) {
            for (FieldError error : e.errors()) {
                err.println("ricochet check: --profile " + profile + ": "
                        + (error.field().isEmpty() ? "" : error.field() + ": ") + error.en());
            }
            return 2;
        }
    }

    private int runBatch(PrintWriter out, PrintWriter err) {
        InputStream input;
        try {
            input = "-".equals(batch) ? parent.in : Files.newInputStream(Path.of(batch));
        } catch (IOException | RuntimeException e) {
            err.println("ricochet check: cannot read " + batch + ": " + e.getMessage());
            return Main.UNREADABLE_INPUT;
        }
        try (input) {
            boolean checkGrammar = grammar != null && grammar;
            RuleBook book = Engines.rules(rules);
            new BatchRunner(Advisor.create(book, grammar(checkGrammar, err)), checkGrammar).run(input, out);
            return 0;
        } catch (IOException e) {
            err.println("ricochet check: cannot read " + batch + ": " + e.getMessage());
            return Main.UNREADABLE_INPUT;
        }
    }

    /** The options become a JSON request, so the command line and the API share one validation. */
    /** LanguageTool, loaded before the first draft (one command, one wait), unless asked not to or turned off. */
    private static Grammar grammar(boolean wanted, PrintWriter err) {
        GrammarConfig config;
        try {
            config = GrammarConfig.from(System.getenv());
        } catch (ConfigException e) {
            err.println("ricochet check: " + e.getMessage() + "; checking without spelling and grammar");
            return Grammar.off();
        }
        if (!wanted || !config.on()) {
            return Grammar.off();
        }
        LanguageToolGrammar languageTool = LanguageToolGrammar.shared(1, config.timeout());
        if (!languageTool.awaitReady(LOAD_WAIT)) {
            err.println("ricochet check: LanguageTool did not load; checking without spelling and grammar");
        }
        return languageTool;
    }

    private ObjectNode requestJson(String draft) {
        ObjectMapper mapper = ReportJson.mapper();
        ObjectNode request = mapper.createObjectNode().put("text", draft).put("grammar", grammar == null || grammar);
        if (networks != null) {
            ArrayNode list = request.putArray("networks");
            networks.forEach(n -> list.add(n.trim()));
        }
        putIfGiven(request, "language", language);
        putIfGiven(request, "scheduledAt", at);
        putIfGiven(request, "timeZone", timeZone);
        putIfGiven(request, "audience", audience);
        putIfGiven(request, "kind", kind);
        if (media != null) {
            ArrayNode list = request.putArray("media");
            for (String item : media) {
                int colon = item.indexOf(':');
                ObjectNode entry = list.addObject().put("type", colon < 0 ? item : item.substring(0, colon));
                if (colon >= 0) {
                    entry.put("altText", item.substring(colon + 1));
                }
            }
        }
        return request;
    }

    private static void putIfGiven(ObjectNode request, String field, String value) {
        if (value != null) {
            request.put(field, value);
        }
    }

    private static String optionName(String field) {
        return switch (field.replaceAll("\\[.*", "")) {
            case "networks" -> "--network";
            case "language" -> "--lang";
            case "scheduledAt" -> "--at";
            case "timeZone" -> "--tz";
            case "audience" -> "--audience";
            case "kind" -> "--kind";
            case "media" -> "--media";
            default -> field;
        };
    }
}
