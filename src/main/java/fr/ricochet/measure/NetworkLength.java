package fr.ricochet.measure;

import fr.ricochet.value.NetworkId;

/**
 * The draft's length counted the way one network counts it.
 *
 * @param fitEnd UTF-16 index where the text stops fitting the limit (the text length when it fits)
 * @param foldEnd UTF-16 index where the network folds the text behind "see more", or -1 when it does not
 * @param bytes UTF-8 size, for networks that also cap bytes
 * @param byteLimit the network's cap on that size, or null
 */
public record NetworkLength(NetworkId network, int length, int limit, int fitEnd, int foldEnd, int bytes,
        Integer byteLimit) {

    /** Within the limit on characters (counted the network's way); see {@link #fits} for the byte cap too. */
    public boolean withinLimit() {
        return length <= limit;
    }

    public boolean withinBytes() {
        return byteLimit == null || bytes <= byteLimit;
    }

    /** Whether the network takes the post as it stands: within its limit and within its byte cap. */
    public boolean fits() {
        return withinLimit() && withinBytes();
    }
}
