package fr.ricochet.workshop;

import java.time.Instant;

/** What the store found when a request came with an idempotency key. */
public sealed interface KeyClaim {

    /** The key is this request's to run under; {@code attempt} proves it when the answer is kept. */
    record Claimed(String attempt) implements KeyClaim {
    }

    /** An earlier request with this key and the same body was answered: its answer, sealed. */
    record Completed(int status, String sealed) implements KeyClaim {
    }

    /** The key was first used with another request body. */
    record OtherRequest() implements KeyClaim {
    }

    /** An earlier request with this key is still running; it holds the key until then (a killed server's too). */
    record Running(Instant until) implements KeyClaim {
    }
}
