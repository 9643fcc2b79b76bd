package fr.ricochet.workshop;

import java.util.Map;

/**
 * An answer as the client gets it, so that a retry with the same idempotency key can be given exactly the same one.
 *
 * @param headers the headers that matter to the client ({@code Content-Type}, {@code Location})
 * @param body    the JSON body
 */
public record Answer(int status, Map<String, String> headers, String body) {

    public Answer {
        headers = Map.copyOf(headers);
    }
}
