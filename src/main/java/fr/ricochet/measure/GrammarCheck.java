package fr.ricochet.measure;

import java.util.List;

/** What the spelling and grammar check said about a draft, or why it did not look at it. */
public record GrammarCheck(Status status, List<LanguageMatch> matches) {

    public enum Status {
        /** LanguageTool read the whole draft. */
        CHECKED,
        /** The request asked for no grammar check (batches by default). */
        NOT_ASKED,
        /** The server runs without it (RICOCHET_GRAMMAR=off). */
        OFF,
        /** LanguageTool is still loading, a few seconds after start. */
        LOADING,
        /** The draft took longer than the per-draft budget; what was found is dropped rather than half-told. */
        TIMED_OUT;

        /** As the report writes it: {@code checked}, {@code not-asked}, {@code off}, {@code loading}, {@code timed-out}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public GrammarCheck {
        matches = List.copyOf(matches);
    }

    public static GrammarCheck without(Status status) {
        return new GrammarCheck(status, List.of());
    }

    public boolean checked() {
        return status == Status.CHECKED;
    }
}
