package fr.ricochet.check;

import fr.ricochet.check.Passages.Piece;
import fr.ricochet.check.Passages.Role;
import fr.ricochet.measure.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The shortest way to bring a draft under a network's limit that still reads as a post: whole sentences are
 * dropped, the middle ones first (the latest of them first, so what stays follows on), then those holding a
 * link or a mention, then the closing hashtags, then the closing call to action; the opening sentence is kept.
 * Only when that sentence alone is too long is it cut, between two words and never inside an entity, with an
 * ellipsis, and the call and the tags follow it when enough of it is left. Every candidate is counted the
 * network's way.
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
        List<Piece> dropOrder = pieces.stream().filter(p -> p.role() != Role.LEDE)
                .sorted(Comparator.comparing(Piece::role).thenComparing(p -> -p.span().offset())).toList();
        int dropped = 0;
        while (dropped <= dropOrder.size() && !fits(keptAfter(pieces, dropOrder, dropped))) {
            dropped++;
        }
        if (dropped > dropOrder.size()) {
            return cutTheLede(pieces);
        }
        String shorter = join(refill(pieces, dropOrder, dropped));
        // The sums are exact for every counting method known; should one ever differ, drop by real counts.
        while (!costs.fits(shorter) && dropped < dropOrder.size()) {
            dropped++;
            shorter = join(keptAfter(pieces, dropOrder, dropped));
        }
        return costs.fits(shorter) ? shorter : cutTheLede(pieces);
    }

    /**
     * Dropping in a fixed order may drop a small piece only to make room that a bigger one then needed anyway:
     * put back what still fits, the most valued first. Of the middle sentences only the first dropped comes
     * back, so the text still follows on.
     */
    private List<Piece> refill(List<Piece> pieces, List<Piece> dropOrder, int dropped) {
        List<Piece> kept = new ArrayList<>(keptAfter(pieces, dropOrder, dropped));
        Piece firstPlainDropped = null;
        for (int i = 0; i < dropped; i++) {
            if (dropOrder.get(i).role() == Role.PLAIN) {
                firstPlainDropped = dropOrder.get(i);
            }
        }
        for (int i = dropped - 2; i >= 0; i--) {
            Piece piece = dropOrder.get(i);
            if (piece.role() == Role.PLAIN && piece != firstPlainDropped) {
                continue;
            }
            List<Piece> tried = new ArrayList<>(kept);
            tried.add(piece);
            tried.sort(Comparator.comparingInt(p -> p.span().offset()));
            if (fits(tried)) {
                kept = tried;
            }
        }
        return kept;
    }

    /** The opening sentence cut between words, followed by the call and the tags when they leave enough of it. */
    private String cutTheLede(List<Piece> pieces) {
        Span lede = pieces.get(0).span();
        List<Span> call = pieces.stream().filter(p -> p.role() == Role.CLOSING_CALL).map(Piece::span).toList();
        List<Span> tags = pieces.stream().filter(p -> p.role() == Role.CLOSING_TAGS).map(Piece::span).toList();
        List<List<Span>> tails = java.util.stream.Stream.of(concat(call, tags), call, tags, List.<Span>of())
                .distinct().toList();
        List<Integer> breaks = passages.wordBreaks(lede);
        for (List<Span> tail : tails) {
            String after = tail.isEmpty() ? "" : passages.gapBefore(tail.get(0)) + passages.join(tail);
            int room = lede.offset() + costs.roomAfter(style.cutMark() + after, lede);
            int words = 0;
            while (words < breaks.size() && breaks.get(words) <= room) {
                words++;
            }
            // words is how many breaks fit; step back should the whole count disagree with the estimate
            for (int k = words - 1; k >= 0; k--) {
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

    private boolean fits(List<Piece> kept) {
        return costs.fits(kept.stream().map(Piece::span).toList(), "");
    }

    private String join(List<Piece> kept) {
        return passages.join(kept.stream().map(Piece::span).toList());
    }

    private static List<Piece> keptAfter(List<Piece> pieces, List<Piece> dropOrder, int dropped) {
        java.util.Set<Piece> gone = new java.util.HashSet<>(dropOrder.subList(0, dropped));
        return pieces.stream().filter(p -> !gone.contains(p)).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
