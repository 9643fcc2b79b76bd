package fr.ricochet.cli;

import fr.ricochet.audit.AuditRules;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesException;
import fr.ricochet.rules.TipSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ricochet rules}: list the tips, or validate a rules directory (tips, networks, audit) with {@code --check DIR}. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the tips, or check a rules directory (--check DIR) as the server checks it at start, without starting it.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--check", paramLabel = "DIR", description = "Validate this rules directory and report every problem.")
    Path check;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory to list (default: $RICOCHET_RULES, else the embedded rules).")
    Path rules;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "fr (default) or en.")
    String language = "fr";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory = check != null ? check : RulesLocation.resolve(rules);
        RuleBook book = null;
        List<RulesException.Problem> problems = new ArrayList<>();
        try {
            // The very engine `serve` and `check` build at start, so that a directory that passes here starts:
            // the files read, every tip compiled, every network's counting method known, the models loaded.
            book = Engines.advisor(directory).rules();
        } catch (RulesException e) {
            problems.addAll(e.problems());
        }
        if (check != null) {
            // `serve` reads the audit's thresholds at start too; their problems are reported with the tips'.
            try {
                AuditRules.load(directory);
            } catch (RulesException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            err.println(new RulesException(problems).getMessage());
            return Main.INVALID_RULES;
        }
        if (check != null) {
            out.printf(Locale.ROOT, "%s: %d tips, %d networks, the audit's thresholds (%s), all valid.%n", directory,
                    book.tips().size(), book.networks().size(), AuditRules.FILE);
            return 0;
        }
        for (TipSpec tip : book.tips()) {
            out.printf(Locale.ROOT, "%-16s %3d  %s%n", tip.id(), tip.weight(), tip.title().in(language));
        }
        return 0;
    }
}
