package fr.ricochet.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters: an error stops the post from working, info only explains. */
public enum Severity {
    ERROR, WARNING, SUGGESTION, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
