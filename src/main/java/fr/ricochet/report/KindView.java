package fr.ricochet.report;

/** The kind of post the report was written for, and whether Ricochet read it from the draft. */
public record KindView(String value, boolean detected) {
}
