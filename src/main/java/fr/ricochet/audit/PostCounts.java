package fr.ricochet.audit;

/** How many posts the archive held, by type, and how many of the originals the engine analysed. */
public record PostCounts(int total, int original, int replies, int reposts, int analysed) {
}
