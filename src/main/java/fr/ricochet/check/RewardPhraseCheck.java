package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tip that rewards a kind of phrase being there: a call to action, a question, a figure, a quotation.
 * When none is found it suggests adding one.
 */
final class RewardPhraseCheck implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("reward-phrase", Settings.class, CheckKind.WHOLE_POST,
            Set.of("missing"), RewardPhraseCheck::new).filling();

    /**
     * @param severity how much a missing phrase matters: a call to action is a suggestion, a quotation an info
     * @param noteWhenMissing whether a draft without the phrase is told so and scored missingScore; else the tip
     *                        only rewards the phrase and does not apply to a draft without it
     */
    record Settings(double missingScore, Severity severity, boolean noteWhenMissing,
            Map<String, List<Phrases.Phrase>> patterns) {
    }

    private final TipSpec tip;
    private final Settings settings;
    private final Phrases phrases;

    RewardPhraseCheck(TipSpec tip, Settings settings) {
        this.tip = tip;
        this.settings = settings;
        this.phrases = new Phrases(settings.patterns());
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        if (!phrases.find(draft.facts().prose(), draft.language()).isEmpty()) {
            return new Verdict(1.0, List.of());
        }
        if (!settings.noteWhenMissing()) {
            return Verdict.notApplicable();
        }
        Wording say = new Wording(tip, draft.language(), null);
        return new Verdict(settings.missingScore(), List.of(say.whole("missing", settings.severity())));
    }
}
