package fr.ricochet.check;

import fr.ricochet.measure.Span;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.List;
import java.util.Set;

/** Emoji against the count that did best on each network; the surplus is pointed out from the first extra one. */
record EmojiCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("emoji", Settings.class, CheckKind.PER_NETWORK,
            Set.of("too-many", "not-useful"), EmojiCheck::new).filling("count", "extra", "max");

    record Settings(double stepPerExtra, double floor) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        List<Span> emojis = draft.facts().emojis();
        if (emojis.isEmpty() || network.emojiMax() == null) {
            return Verdict.notApplicable();
        }
        if (emojis.size() <= network.emojiMax()) {
            return new Verdict(1.0, List.of());
        }
        Wording say = new Wording(tip, draft.language(), network);
        int max = network.emojiMax();
        Span first = emojis.get(max);
        Span last = emojis.get(emojis.size() - 1);
        Finding finding = say.finding(max == 0 ? "not-useful" : "too-many", Severity.SUGGESTION, first.offset(),
                last.end() - first.offset(), List.of(), "count", emojis.size(), "max", max, "extra", emojis.size() - max);
        double score = Math.max(settings.floor(), 1 - settings.stepPerExtra() * (emojis.size() - max));
        return new Verdict(score, List.of(finding));
    }
}
