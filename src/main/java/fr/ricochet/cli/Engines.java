package fr.ricochet.cli;

import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.measure.Grammar;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesLoader;
import java.nio.file.Path;

/** Builds the engine for a command from its {@code --rules} option, the environment or the embedded rules. */
final class Engines {

    private Engines() {
    }

    static RuleBook rules(Path option) {
        return RulesLoader.load(RulesLocation.resolve(option));
    }

    static Advisor advisor(Path option) {
        return Advisor.create(rules(option));
    }

    static Advisor advisor(Path option, Grammar grammar) {
        return Advisor.create(rules(option), grammar);
    }
}
