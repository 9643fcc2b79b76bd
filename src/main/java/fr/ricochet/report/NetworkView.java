package fr.ricochet.report;

/** The draft on one network: its length counted that network's way, the limit, and the score there. */
public record NetworkView(String network, int length, int limit, boolean withinLimit, int score) {
}
