package fr.ricochet.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A network's id, as its file in {@code rules/networks/} names it ({@code x}, {@code mastodon}, or any network a rules
 * directory adds). Networks are data, so this is open-ended: the syntax is checked here, and whether such a network
 * exists is checked against the loaded rules, where requests are read and where tips name networks. Written in JSON
 * as the bare id, so reports keep the shape they always had.
 */
public record NetworkId(@JsonValue String value) implements Comparable<NetworkId> {

    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9-]*");

    public NetworkId {
        Objects.requireNonNull(value, "network id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a network id (lower-case letters, digits and "
                    + "dashes, starting with a letter)");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NetworkId of(String value) {
        return new NetworkId(value);
    }

    /** Whether the text has the shape of a network id (not whether such a network is defined). */
    public static boolean isValid(String value) {
        return value != null && SYNTAX.matcher(value).matches();
    }

    @Override
    public int compareTo(NetworkId other) {
        return value.compareTo(other.value);
    }

    /** The bare id, so that a message or a log line shows it as before. */
    @Override
    public String toString() {
        return value;
    }
}
