package fr.ricochet.rules;

/** One published finding a tip rests on, with its source as cited in the evidence notes. */
public record Evidence(Localized finding, String source) {
}
