package fr.ricochet.value;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who the post is for, as a request names it and as network files key their posting windows: the public at large,
 * businesses or consumers. The same three values in the API, the pages and the rules.
 */
public enum Audience {
    GENERAL, B2B, B2C;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id requests, reports and rule files write: {@code general}, {@code b2b}, {@code b2c}. */
    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Audience> fromId(String id) {
        return Stream.of(values()).filter(audience -> audience.id.equals(id)).findFirst();
    }

    public static Audience of(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not an audience (allowed: "
                + String.join(", ", ids()) + ")"));
    }

    /** The ids in the order messages list them: {@code general, b2b, b2c}. */
    public static List<String> ids() {
        return Stream.of(values()).map(Audience::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
