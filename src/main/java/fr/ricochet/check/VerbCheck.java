package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.List;
import java.util.Set;

/**
 * Action verbs rather than a noun-only telegraph style ("nouvelle décision de justice"), read from the
 * part-of-speech tags. A weak signal in the studies, so a low-weight hint.
 */
record VerbCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("verbs", Settings.class, CheckKind.WHOLE_POST, Set.of("none"), VerbCheck::new).filling("words");

    /** @param minWords drafts shorter than this are left alone */
    record Settings(int minWords, List<String> verbTags, double noneScore) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        long words = draft.facts().tokens().stream().filter(t -> t.isWord()).count();
        boolean hasVerb = draft.facts().tokens().stream().anyMatch(t -> settings.verbTags().contains(t.tag()));
        if (hasVerb || words < settings.minWords()) {
            return new Verdict(1.0, List.of());
        }
        Wording say = new Wording(tip, draft.language(), null);
        return new Verdict(settings.noneScore(), List.of(say.whole("none", Severity.SUGGESTION, "words", words)));
    }
}
