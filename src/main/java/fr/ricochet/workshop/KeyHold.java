package fr.ricochet.workshop;

import java.util.Optional;
import java.util.function.Function;

/** A running request's hold on its idempotency key ({@link #NONE} without a key). */
final class KeyHold {

    static final KeyHold NONE = new KeyHold(null, null);

    private final IdempotentRequest request;
    private final String attempt;

    KeyHold(IdempotentRequest request, String attempt) {
        this.request = request;
        this.attempt = attempt;
    }

    <T> AnswerKeeper<T> keeper(Function<T, Answer> render) {
        return new AnswerKeeper<>(this, render);
    }

    Optional<KeptAnswer> keep(Answer answer) {
        if (request == null) {
            return Optional.empty();
        }
        return Optional.of(new KeptAnswer(request.lookup(), attempt, answer.status(),
                AnswerSeal.seal(answer, request)));
    }
}
