package fr.ricochet.check;

import fr.ricochet.rules.TipSpec;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One kind of check as tip files name it: the shape of its settings, the message codes it needs and the values
 * its messages may name.
 *
 * @param perNetwork whether the check is asked once per requested network, or once for the whole post
 * @param codes every message code a tip of this kind must define in fr and en
 * @param values the {@code {placeholders}} this kind fills in its messages ({@code network} too when it is asked
 *               per network): a template naming another one is refused when the rules are loaded
 */
public record CheckKind<S>(String name, Class<S> settings, boolean perNetwork, Set<String> codes,
        BiFunction<TipSpec, S, Check> build, Set<String> values) {

    static final boolean PER_NETWORK = true;
    static final boolean WHOLE_POST = false;

    /** A kind whose messages name no value yet: {@link #filling} declares them. */
    CheckKind(String name, Class<S> settings, boolean perNetwork, Set<String> codes,
            BiFunction<TipSpec, S, Check> build) {
        this(name, settings, perNetwork, codes, build, perNetwork ? Set.of("network") : Set.of());
    }

    /** The same kind, declaring the values its messages are filled with. */
    CheckKind<S> filling(String... names) {
        Set<String> all = new java.util.HashSet<>(Set.of(names));
        if (perNetwork) {
            all.add("network");
        }
        return new CheckKind<>(name, settings, perNetwork, codes, build, Set.copyOf(all));
    }
}
