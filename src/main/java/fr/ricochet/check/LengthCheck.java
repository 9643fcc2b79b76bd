package fr.ricochet.check;

import fr.ricochet.measure.NetworkLength;
import fr.ricochet.measure.PostLength;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.Range;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Length counted the network's way: over the hard limit is an error, with a cut that still reads as a post and,
 * where the network has threads, the draft as a numbered thread; outside the measured sweet spot is advice,
 * and text past the "see more" fold is pointed out.
 */
record LengthCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("length", Settings.class, CheckKind.PER_NETWORK,
            Set.of("over-limit", "over-bytes", "bytes-uncertain", "too-long", "too-short", "fold", "cut", "thread"), LengthCheck::new).filling("bytes", "count", "excess", "fold", "length", "limit", "max", "min");

    /**
     * @param noteBeyond the sweet spot is only worth a note (an info, costing nothing) past this many times its
     *                   bound: over max × noteBeyond, or under min / noteBeyond
     * @param foldMinimum the fold is only worth a note when at least this many characters are hidden
     * @param closingCallWords the cut keeps the last sentence as the call to action when it has at most this many
     *     words and asks something of the reader
     * @param cutMark what ends a sentence the cut has to break between two words
     * @param cutHeadWords that sentence keeps at least this many words before the call and tags may follow it
     * @param threadNumbering appended to each post of a thread, with {index} and {count}
     * @param threadMaxPosts a draft that would need more posts than this is offered no thread: no one reads it
     */
    record Settings(double noteBeyond, int foldMinimum, int closingCallWords, String cutMark,
            int cutHeadWords, String threadNumbering, int threadMaxPosts) {
        Settings {
            if (noteBeyond < 1) {
                throw new IllegalArgumentException("noteBeyond must be 1 or more");
            }
            if (closingCallWords <= 0) {
                throw new IllegalArgumentException("closingCallWords must be above 0");
            }
            if (cutMark == null) {
                throw new IllegalArgumentException("cutMark is missing");
            }
            if (threadNumbering == null || !threadNumbering.contains("{index}") || !threadNumbering.contains("{count}")) {
                throw new IllegalArgumentException("threadNumbering must hold {index} and {count}");
            }
            if (threadMaxPosts < 2) {
                throw new IllegalArgumentException("threadMaxPosts must be 2 or more");
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
        boolean overBytes = network.byteLimit() != null && length.bytes() > network.byteLimit();
        List<Suggestion> fixes = !length.withinLimit() || overBytes ? fixes(draft, network, say, length) : List.of();
        if (!length.withinLimit()) {
            Replacement cut = fixes.isEmpty() ? null : fixes.get(0).replacement();
            int from = cut != null ? cut.offset() : length.fitEnd();
            int to = cut != null ? cut.end() : text.length();
            findings.add(say.finding("over-limit", Severity.ERROR, from, to - from, fixes,
                    "length", length.length(), "limit", length.limit(), "excess", length.length() - length.limit()));
            score = 0;
        }
        if (overBytes) {
            findings.add(say.finding("over-bytes", Severity.ERROR, 0, 0, length.withinLimit() ? fixes : List.of(),
                    "bytes", length.bytes(), "limit", network.byteLimit()));
            score = 0;
        }
        // a size the network documents no limit on, but past which posts were reported refused: said, with the doubt
        if (network.byteWarning() != null && length.withinLimit() && !overBytes && length.bytes() > network.byteWarning()) {
            findings.add(say.whole("bytes-uncertain", Severity.WARNING, "bytes", length.bytes(),
                    "limit", network.byteWarning(), "max", network.limit()));
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

    /**
     * The cut first, as a replacement (never safe: it drops the author's words), then the thread where the
     * network has threads. Either is left out when no word boundary lets it fit.
     */
    private List<Suggestion> fixes(Draft draft, NetworkProfile network, Wording say, NetworkLength length) {
        Passages passages = Passages.of(draft.facts(), settings.closingCallWords());
        PieceCosts costs = new PieceCosts(passages, network, draft.facts().on(network.id()));
        List<Suggestion> fixes = new ArrayList<>();
        String shorter = LengthCut.shorten(passages, costs, new LengthCut.Style(settings.cutMark(),
                settings.cutHeadWords()));
        if (shorter != null) {
            NetworkLength after = PostLength.of(shorter, network);
            fixes.add(say.fix("cut", Replacement.between(draft.text(), shorter), false,
                    "excess", length.length() - length.limit(), "length", after.length(), "limit", after.limit()));
        }
        // each post holds at most the limit: a draft longer than that many posts needs no splitting to be refused
        if (network.threads() && length.length() <= (long) settings.threadMaxPosts() * network.limit()) {
            List<String> posts = ThreadSplit.split(passages, costs, settings.threadNumbering(),
                    settings.threadMaxPosts());
            if (posts != null) {
                fixes.add(say.advice("thread", "count", posts.size()).withThread(posts));
            }
        }
        return fixes;
    }
}
