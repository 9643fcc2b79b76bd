package fr.ricochet.check;

import fr.ricochet.measure.Analysis;
import fr.ricochet.measure.Token;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Does the post ask for something? Read from the grammar: a verb in the imperative addressed to the reader
 * ("Partagez", "Ne les jetez pas et rapportez-les", "1) Follow us"), which the measure step marks from the
 * dictionary's mood and the verb's place in its clause. Phrases the grammar cannot see stay patterns in the tip
 * file: an invitation in the "vous"/"you" form ("On vous attend", "We'd love to see you"), a question mark,
 * "RT svp".
 */
final class CallToActionCheck implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("call-to-action", Settings.class, CheckKind.WHOLE_POST,
            Set.of("missing"), CallToActionCheck::new).filling();

    /**
     * @param notCalls per language, lemmas of imperatives that ask nothing of the reader ("Excusez-nous",
     *                 "Notez que…", "Thank you", "Welcome to…")
     * @param patterns per language, phrases that ask without an imperative
     */
    record Settings(double missingScore, Map<String, List<String>> notCalls, Map<String, List<Phrases.Phrase>> patterns) {
        Settings {
            for (String language : notCalls.keySet()) {
                if (!List.of("fr", "en").contains(language)) {
                    throw new IllegalArgumentException("notCalls." + language + ": unknown language (use fr or en)");
                }
            }
        }
    }

    private final TipSpec tip;
    private final Settings settings;
    private final Phrases phrases;

    CallToActionCheck(TipSpec tip, Settings settings) {
        this.tip = tip;
        this.settings = settings;
        this.phrases = new Phrases(settings.patterns());
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        if (asksTheReader(draft) || !phrases.find(draft.facts().prose(), draft.language()).isEmpty()) {
            return new Verdict(1.0, List.of());
        }
        Wording say = new Wording(tip, draft.language(), null);
        return new Verdict(settings.missingScore(), List.of(say.whole("missing", Severity.SUGGESTION)));
    }

    private boolean asksTheReader(Draft draft) {
        List<String> ignored = settings.notCalls().getOrDefault(draft.language().code(), List.of());
        for (Token token : draft.facts().tokens()) {
            Optional<Analysis> verb = token.imperativeReading();
            if (verb.isPresent() && !ignored.contains(verb.get().lemma())) {
                return true;
            }
        }
        return false;
    }
}
