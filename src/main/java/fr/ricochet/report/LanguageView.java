package fr.ricochet.report;

/** The language the messages are written in, and whether it was detected rather than given or assumed. */
public record LanguageView(String code, boolean detected) {
}
