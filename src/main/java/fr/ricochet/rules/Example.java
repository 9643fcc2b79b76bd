package fr.ricochet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A sample draft carried by a tip file, with the message codes the tip must raise on it
 * (an empty list means the tip must stay quiet). One test runs every example of every file.
 */
public record Example(JsonNode draft, List<String> expect) {
}
