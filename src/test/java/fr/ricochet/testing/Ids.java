package fr.ricochet.testing;

import fr.ricochet.value.NetworkId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Network ids written as tests write them, and back. */
public final class Ids {

    private Ids() {
    }

    public static NetworkId id(String id) {
        return NetworkId.of(id);
    }

    public static List<NetworkId> ids(String... ids) {
        return Arrays.stream(ids).map(NetworkId::of).toList();
    }

    /** The bare ids, in the collection's order. */
    public static List<String> values(Collection<NetworkId> ids) {
        return ids.stream().map(NetworkId::value).toList();
    }
}
