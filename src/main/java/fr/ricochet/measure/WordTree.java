package fr.ricochet.measure;

import fr.ricochet.measure.TimeGrammar.Roles;
import java.util.HashMap;
import java.util.Map;

/** Vocabulary words by their tokens, so the longest word at a token is found in a few map look-ups. */
final class WordTree {

    /** The longest word starting at a token: the index of its last token and its roles. */
    record Match(int last, Roles roles) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Roles roles;
    }

    private final Node root = new Node();

    void add(Tokens word, Roles roles) {
        Node node = root;
        for (int i = 0; i < word.size(); i++) {
            node = node.next.computeIfAbsent(word.key(i, i == 0), key -> new Node());
        }
        if (node != root) {
            node.roles = roles;
        }
    }

    /** The longest word starting at token {@code first}, or null. */
    Match longest(Tokens text, int first) {
        Node node = root;
        Match found = null;
        for (int i = first; i < text.size(); i++) {
            node = node.next.get(text.key(i, i == first));
            if (node == null) {
                break;
            }
            if (node.roles != null) {
                found = new Match(i, node.roles);
            }
        }
        return found;
    }
}
