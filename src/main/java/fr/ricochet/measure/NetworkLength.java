package fr.ricochet.measure;

/**
 * The draft's length counted the way one network counts it.
 *
 * @param fitEnd UTF-16 index where the text stops fitting the limit (the text length when it fits)
 * @param foldEnd UTF-16 index where the network folds the text behind "see more", or -1 when it does not
 * @param bytes UTF-8 size, for networks that also cap bytes
 */
public record NetworkLength(String network, int length, int limit, int fitEnd, int foldEnd, int bytes) {

    public boolean withinLimit() {
        return length <= limit;
    }
}
