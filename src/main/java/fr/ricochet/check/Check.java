package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;

/**
 * The Java logic of one kind of tip. It keeps no state between drafts. A per-network check (see
 * {@link CheckKind#perNetwork()}) is asked once for each requested network; the others once, with a null
 * network.
 */
public interface Check {

    Verdict judge(Draft draft, NetworkProfile network);
}
