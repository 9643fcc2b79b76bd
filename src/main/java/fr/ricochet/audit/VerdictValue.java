package fr.ricochet.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** The audit's overall reading of an account. */
public enum VerdictValue {
    HUMAN("human"), PARTLY_AUTOMATED("partly-automated"), ROBOT("robot");

    private final String id;

    VerdictValue(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
