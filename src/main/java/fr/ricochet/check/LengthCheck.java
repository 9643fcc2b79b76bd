package fr.ricochet.check;

import fr.ricochet.measure.NetworkLength;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.Range;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Length counted the network's way: over the hard limit is an error (with the span to cut), outside the
 * measured sweet spot is advice, and text past the "see more" fold is pointed out.
 */
record LengthCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("length", Settings.class, CheckKind.PER_NETWORK,
            Set.of("over-limit", "over-bytes", "too-long", "too-short", "fold", "cut"), LengthCheck::new);

    /**
     * @param noteBeyond the sweet spot is only worth a note (an info, costing nothing) past this many times its
     *                   bound: over max × noteBeyond, or under min / noteBeyond
     * @param foldMinimum the fold is only worth a note when at least this many characters are hidden
     */
    record Settings(double noteBeyond, int foldMinimum) {
        Settings {
            if (noteBeyond < 1) {
                throw new IllegalArgumentException("noteBeyond must be 1 or more");
            }
        }
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), network);
        NetworkLength length = draft.facts().length(network.id());
        String text = draft.text();
        List<Finding> findings = new ArrayList<>();
        double score = 1;
        if (!length.withinLimit()) {
            int cut = length.fitEnd();
            findings.add(say.finding("over-limit", Severity.ERROR, cut, text.length() - cut,
                    Wording.list(say.fix("cut", Replacement.remove(cut, text.length() - cut), false,
                            "excess", length.length() - length.limit())),
                    "length", length.length(), "limit", length.limit(), "excess", length.length() - length.limit()));
            score = 0;
        }
        if (network.byteLimit() != null && length.bytes() > network.byteLimit()) {
            findings.add(say.whole("over-bytes", Severity.ERROR, "bytes", length.bytes(), "limit", network.byteLimit()));
            score = 0;
        }
        Range sweet = network.lengthSweetSpot();
        // Where the network folds a long post behind "see more", the fold note says what matters: the hook.
        boolean farOver = sweet.max() != null && network.fold() == null
                && length.length() > sweet.max() * settings.noteBeyond();
        boolean farUnder = sweet.min() != null && length.length() < sweet.min() / settings.noteBeyond();
        if (score > 0 && (farOver || farUnder)) {
            findings.add(say.whole(farOver ? "too-long" : "too-short", Severity.INFO, "length", length.length(),
                    "min", sweet.min() == null ? 0 : sweet.min(), "max", sweet.max() == null ? length.limit() : sweet.max()));
        }
        if (length.foldEnd() >= 0 && length.withinLimit() && text.length() - length.foldEnd() >= settings.foldMinimum()) {
            findings.add(say.finding("fold", Severity.INFO, length.foldEnd(), text.length() - length.foldEnd(),
                    List.of(), "fold", network.fold()));
        }
        return new Verdict(score, findings);
    }
}
