package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tip that flags phrases to avoid, each at its span: follow-for-follow, bought followers, like-bait.
 * A phrase with a replacement gets it as the suggested fix.
 */
final class AvoidPhraseCheck implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("avoid-phrase", Settings.class, CheckKind.WHOLE_POST,
            Set.of("found", "replace"), AvoidPhraseCheck::new).filling("phrase", "value");

    /** @param severity how serious one match is: error, warning, suggestion or info */
    record Settings(Severity severity, double stepPerMatch, boolean safeReplacements,
            Map<String, List<Phrases.Phrase>> patterns) {
    }

    private final TipSpec tip;
    private final Settings settings;
    private final Phrases phrases;

    AvoidPhraseCheck(TipSpec tip, Settings settings) {
        this.tip = tip;
        this.settings = settings;
        this.phrases = new Phrases(settings.patterns());
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        for (Phrases.Hit hit : phrases.find(draft.facts().prose(), draft.language())) {
            String found = draft.text().substring(hit.start(), hit.end());
            List<Suggestion> fixes = new ArrayList<>();
            if (hit.phrase().replacement() != null) {
                fixes.add(say.fix("replace", new Replacement(hit.start(), hit.end() - hit.start(),
                        hit.phrase().replacement()), settings.safeReplacements(), "value", hit.phrase().replacement()));
            }
            findings.add(say.finding("found", settings.severity(), hit.start(), hit.end() - hit.start(), fixes,
                    "phrase", found));
        }
        // Nothing to avoid found: nothing to judge ("RT svp" spelled out is no merit in a post without it).
        return findings.isEmpty() ? Verdict.notApplicable()
                : new Verdict(Math.max(0, 1 - settings.stepPerMatch() * findings.size()), findings);
    }
}
