package fr.ricochet.measure;

import fr.ricochet.value.Language;

/**
 * Spelling and grammar for French and English drafts. Loaded once per process; safe from many threads.
 * {@link #off()} stands in when the server runs without it.
 */
public interface Grammar {

    enum State { OFF, LOADING, READY }

    State state();

    /** LanguageTool's matches on the whole draft, or why there are none. */
    GrammarCheck check(String text, Language language);

    Grammar OFF = new Grammar() {
        @Override
        public State state() {
            return State.OFF;
        }

        @Override
        public GrammarCheck check(String text, Language language) {
            return GrammarCheck.without(GrammarCheck.Status.OFF);
        }
    };

    static Grammar off() {
        return OFF;
    }
}
