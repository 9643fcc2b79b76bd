package fr.ricochet.workshop;

import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the answer to a creation, a join or a submission once the store knows what it stored (the submission's id,
 * say), inside the write's transaction, and tells the store what to keep for the request's idempotency key: the answer
 * and the write are committed together or not at all. The answer built is the one sent, on the first request as on
 * every retry.
 */
public final class AnswerKeeper<T> {

    private final KeyHold hold;
    private final Function<T, Answer> render;
    private Answer answer;

    AnswerKeeper(KeyHold hold, Function<T, Answer> render) {
        this.hold = hold;
        this.render = render;
    }

    /** For callers that want the stored record only: builds no answer and keeps nothing. */
    public static <T> AnswerKeeper<T> none() {
        return new AnswerKeeper<>(KeyHold.NONE, stored -> null);
    }

    /**
     * Called by the store in the write's transaction, once per attempt: what to keep for the key, if there is one.
     */
    public Optional<KeptAnswer> keep(T stored) {
        answer = render.apply(stored);
        return answer == null ? Optional.empty() : hold.keep(answer);
    }

    /** The answer built for the committed write; null for {@link #none()}. */
    Answer answer() {
        return answer;
    }
}
