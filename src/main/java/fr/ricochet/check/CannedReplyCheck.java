package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reply anyone could have received: a stock formula ({@code canned}), or sending the person elsewhere without
 * saying how to get there ({@code elsewhere}: no link, no address, no number, no other account, no offer to
 * go on in private). Nothing of the kind found, the tip does not apply: a reply is not praised for avoiding it.
 */
final class CannedReplyCheck implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("canned-reply", Settings.class, CheckKind.WHOLE_POST,
            Set.of("canned", "elsewhere"), CannedReplyCheck::new).filling("phrase");
    private static final Set<String> CODES = Set.of("canned", "elsewhere");

    /**
     * @param patterns per language, the stock phrases with the code they raise ({@code canned}, or
     *                 {@code elsewhere} for a referral, which counts only when the reply gives no way through)
     * @param channels per language, what gives the person a way through besides a link or another account: an
     *                 address, a number, an offer to go on in private
     */
    record Settings(double stepPerProblem, Map<String, List<Phrases.Phrase>> patterns,
            Map<String, List<Phrases.Phrase>> channels) {

        Settings {
            Phrases.requireCodes(patterns, CODES);
        }
    }

    private final TipSpec tip;
    private final Settings settings;
    private final Phrases phrases;
    private final Phrases channels;

    CannedReplyCheck(TipSpec tip, Settings settings) {
        this.tip = tip;
        this.settings = settings;
        this.phrases = new Phrases(settings.patterns());
        this.channels = new Phrases(settings.channels());
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        List<Phrases.Hit> hits = phrases.find(draft.facts().prose(), draft.language());
        // A referral is no problem when the reply gives a way through; that is looked for only if one is there.
        boolean referralOnly = hits.stream().anyMatch(h -> h.phrase().code().equals("elsewhere"))
                && !givesAWayThrough(draft);
        for (Phrases.Hit hit : hits) {
            String code = hit.phrase().code();
            boolean counts = !code.equals("elsewhere") || referralOnly;
            if (counts && findings.stream().noneMatch(f -> f.code().equals(code))) {
                findings.add(say.finding(code, Severity.WARNING, hit.start(), hit.end() - hit.start(), List.of(),
                        "phrase", draft.text().substring(hit.start(), hit.end())));
            }
        }
        return findings.isEmpty() ? Verdict.notApplicable()
                : new Verdict(Math.max(0, 1 - settings.stepPerProblem() * findings.size()), findings);
    }

    /** A link, an account besides the one answered, or a channel phrase (an address, a number, a private message). */
    private boolean givesAWayThrough(Draft draft) {
        int answered = draft.facts().opensOnMention() ? 1 : 0;
        return !draft.facts().urls().isEmpty() || draft.facts().mentions().size() > answered
                || !channels.find(draft.facts().prose(), draft.language()).isEmpty();
    }
}
