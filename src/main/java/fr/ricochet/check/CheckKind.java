package fr.ricochet.check;

import fr.ricochet.rules.TipSpec;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One kind of check as tip files name it: the shape of its settings and the message codes it needs.
 *
 * @param perNetwork whether the check is asked once per requested network, or once for the whole post
 * @param codes every message code a tip of this kind must define in fr and en
 */
public record CheckKind<S>(String name, Class<S> settings, boolean perNetwork, Set<String> codes,
        BiFunction<TipSpec, S, Check> build) {

    static final boolean PER_NETWORK = true;
    static final boolean WHOLE_POST = false;
}
