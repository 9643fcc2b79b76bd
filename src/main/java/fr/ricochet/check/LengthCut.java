package fr.ricochet.check;

import fr.ricochet.check.Passages.Piece;
import fr.ricochet.check.Passages.Role;
import fr.ricochet.measure.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A way to bring a draft under a network's limit that still reads as a post: the opening sentence is kept,
 * then as much as fits of, in this order, the closing call to action, the closing hashtags, the sentences
 * holding a link or a mention and the middle sentences from the first on (so what stays follows on); the rest
 * is dropped whole. Only when the opening sentence alone is too long is it cut, between two words and never
 * inside an entity, with an ellipsis, and the call and the tags follow it when enough of it is left. Pieces are
 * counted once each and summed ({@link PieceCosts}); the text proposed is counted whole the network's way.
 */
final class LengthCut {

    /**
     * @param cutMark what ends a sentence cut between two words
     * @param headWords a sentence cut shorter than this many words leaves no room for the call and the tags
     */
    record Style(String cutMark, int headWords) {
    }

    private final Passages passages;
    private final PieceCosts costs;
    private final Style style;

    private LengthCut(Passages passages, PieceCosts costs, Style style) {
        this.passages = passages;
        this.costs = costs;
        this.style = style;
    }

    /** The cut draft, or null when not even its first word fits. */
    static String shorten(Passages passages, PieceCosts costs, Style style) {
        return new LengthCut(passages, costs, style).shorten();
    }

    private String shorten() {
        List<Piece> pieces = passages.pieces();
        if (pieces.isEmpty()) {
            return null;
        }
        Piece lede = pieces.get(0);
        // The most valued first: the call, the tags, sentences with a link or a mention, then the middle ones in order.
        List<Piece> keepOrder = pieces.stream().filter(p -> p != lede)
                .sorted(Comparator.comparing(Piece::role).reversed().thenComparingInt(p -> p.span().offset())).toList();
        PieceCosts.Cost sum = costs.of(List.of(lede.span()), "");
        if (!costs.fits(sum)) {
            return cutTheLede(pieces);
        }
        // A piece costs the same wherever it goes (itself and the white space before it), so the sum runs on.
        List<Piece> kept = new ArrayList<>(List.of(lede));
        int next = 0;
        for (; next < keepOrder.size(); next++) {
            PieceCosts.Cost with = sum.plus(costs.after(keepOrder.get(next).span()));
            if (!costs.fits(with)) {
                break;
            }
            sum = with;
            kept.add(keepOrder.get(next));
        }
        sum = refill(keepOrder, next, kept, sum);
        kept.sort(Comparator.comparingInt(p -> p.span().offset()));
        String shorter = join(kept);
        // The sums are exact for every counting method known; should one ever differ, drop by real counts.
        boolean fits = costs.fits(shorter);
        while (!fits && kept.size() > 1) {
            kept.remove(kept.stream().filter(p -> p != lede).max(Comparator.comparingInt(keepOrder::indexOf))
                    .orElseThrow());
            shorter = join(kept);
            fits = costs.fits(shorter);
        }
        return fits ? shorter : cutTheLede(pieces);
    }

    /**
     * The piece that did not fit may have been big: the less valued ones after it may still fit. Of the middle
     * sentences only the first left out may come back, so that the text still follows on.
     */
    private PieceCosts.Cost refill(List<Piece> keepOrder, int failed, List<Piece> kept, PieceCosts.Cost sum) {
        if (failed >= keepOrder.size() || keepOrder.get(failed).role() == Role.PLAIN) {
            return sum;
        }
        for (int i = failed + 1; i < keepOrder.size(); i++) {
            Piece piece = keepOrder.get(i);
            PieceCosts.Cost with = sum.plus(costs.after(piece.span()));
            if (costs.fits(with)) {
                sum = with;
                kept.add(piece);
            }
            if (piece.role() == Role.PLAIN) {
                break;
            }
        }
        return sum;
    }

    /** The opening sentence cut between words, followed by the call and the tags when they leave enough of it. */
    private String cutTheLede(List<Piece> pieces) {
        Span lede = pieces.get(0).span();
        List<Span> call = pieces.stream().filter(p -> p.role() == Role.CLOSING_CALL).map(Piece::span).toList();
        List<Span> tags = pieces.stream().filter(p -> p.role() == Role.CLOSING_TAGS).map(Piece::span).toList();
        List<List<Span>> tails = java.util.stream.Stream.of(concat(call, tags), call, tags, List.<Span>of())
                .distinct().toList();
        List<Integer> breaks = passages.wordBreaks(lede, costs.reach(lede).end());
        if (breaks.isEmpty()) {
            return null;
        }
        for (List<Span> tail : tails) {
            String after = tail.isEmpty() ? "" : passages.gapBefore(tail.get(0)) + passages.join(tail);
            int room = lede.offset() + costs.roomAfter(style.cutMark() + after, lede);
            // every break up to the room fits by the count of the sentence; step back should the whole count disagree
            int k = breaks.size() - 1;
            while (k >= 0 && breaks.get(k) > room) {
                k--;
            }
            for (; k >= 0; k--) {
                String candidate = head(lede, breaks.get(k)) + after;
                if (costs.fits(candidate)) {
                    if (tail.isEmpty() || k + 1 >= style.headWords()) {
                        return candidate;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** The opening sentence up to a word break, without a dangling comma or colon, ended by the cut mark. */
    private String head(Span lede, int breakAt) {
        String head = passages.text(new Span(lede.offset(), breakAt - lede.offset()))
                .replaceFirst("[\\s,;:\\-–—(«\"“]+$", "");
        return head.matches("(?s).*[.!?…]$") ? head : head + style.cutMark();
    }

    private String join(List<Piece> kept) {
        return passages.join(kept.stream().map(Piece::span).toList());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
