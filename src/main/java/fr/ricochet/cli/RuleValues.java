package fr.ricochet.cli;

import fr.ricochet.engine.RulesLocation;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.value.NetworkId;
import java.util.Iterator;

/**
 * The values the help lists for {@code --network} and {@code --kind}, from the rules ({@code $RICOCHET_RULES}, else
 * the embedded ones) rather than written in the help: a network added in rules/networks/ shows there. Read only when
 * the help is printed (picocli asks for the candidates then), so a check never loads the rules twice.
 */
final class RuleValues {

    private RuleValues() {
    }

    /** The network ids, in their files' order. */
    static final class NetworkIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RulesLoader.load(RulesLocation.resolve(null)).networkIds().stream().map(NetworkId::value).iterator();
        }
    }

    /** The kinds of post of rules/kinds.yaml, in detection order. */
    static final class KindIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RulesLoader.load(RulesLocation.resolve(null)).kinds().ids().iterator();
        }
    }
}
