package fr.ricochet.measure;

public enum EntityKind {
    HASHTAG, MENTION, URL, CASHTAG
}
