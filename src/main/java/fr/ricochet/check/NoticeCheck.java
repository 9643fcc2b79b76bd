package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.List;
import java.util.Set;

/**
 * A note every draft of the tip's kinds of post gets, costing nothing: what matters for this kind instead of
 * the usual advice (a crisis notice goes out as soon as it is verified, not at a good hour).
 */
record NoticeCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("notice", Settings.class, CheckKind.WHOLE_POST,
            Set.of("note"), NoticeCheck::new).filling();

    /** @param onlyWhenPlanned say it only when the author planned a time (a crisis notice planned for later) */
    record Settings(boolean onlyWhenPlanned) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        if (settings.onlyWhenPlanned() && draft.request().scheduledAt() == null) {
            return Verdict.notApplicable();
        }
        Wording say = new Wording(tip, draft.language(), null);
        return new Verdict(null, List.of(say.whole("note", Severity.INFO)));
    }
}
