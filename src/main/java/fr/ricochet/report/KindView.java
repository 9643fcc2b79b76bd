package fr.ricochet.report;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The kind of post the report was written for, and whether Ricochet read it from the draft; its name in the
 * draft's language is for the pages and the terminal, not the JSON (clients have the id).
 */
public record KindView(String value, boolean detected, @JsonIgnore String name) {
}
