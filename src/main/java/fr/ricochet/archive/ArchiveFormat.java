package fr.ricochet.archive;

import java.util.Locale;

/** The exports Ricochet reads, each as the network or the neutral format writes it. */
public enum ArchiveFormat {
    /** X's "Download an archive of your data" zip: {@code data/tweets.js}, {@code follower.js}, {@code following.js}. */
    X,
    /** Mastodon's "Request your archive" zip: {@code outbox.json}, {@code actor.json}. */
    MASTODON,
    /** Bluesky's "Export my data" repository: a CAR v1 file of DAG-CBOR records. */
    BLUESKY,
    /** LinkedIn's data export: {@code Shares.csv}, alone or in its zip. */
    LINKEDIN,
    /** Ricochet's neutral CSV: {@code text, createdAt, likes, reposts, replies, impressions, media}. */
    CSV,
    /** The same columns as one JSON object per line. */
    JSONL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
