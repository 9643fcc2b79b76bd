package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import java.util.List;

/** One network's way of counting a post's length. */
interface LengthCounter {

    NetworkLength count(String text, int[] graphemes, List<Entity> entities, NetworkProfile network);
}
