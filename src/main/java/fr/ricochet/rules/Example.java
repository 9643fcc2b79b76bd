package fr.ricochet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A sample draft carried by a tip file, with the findings the tip must raise on it (an empty list means the
 * tip must stay quiet). One test runs every example of every file.
 */
public record Example(JsonNode draft, List<Expected> expect) {

    /**
     * One finding the tip must raise: its message code and, as LanguageTool's rule examples do, optionally the
     * text it must point at and the value its first fix must write there.
     */
    public record Expected(String code, String at, String fix) {
    }

    public List<String> codes() {
        return expect.stream().map(Expected::code).toList();
    }
}
