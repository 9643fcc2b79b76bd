package fr.ricochet.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a tip's score or a finding rests on: the published studies every draft is judged by, or the account's own
 * history, read from the calibration profile the request named.
 */
public enum Basis {
    STUDY, ACCOUNT;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** As reports write it: {@code study} or {@code account}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Reads a stored report; an absent basis is a report written before profiles, which rested on the studies. */
    @JsonCreator
    public static Basis fromId(String id) {
        return "account".equals(id) ? ACCOUNT : STUDY;
    }

    @Override
    public String toString() {
        return id;
    }
}
