package fr.ricochet.check;

import fr.ricochet.check.Passages.Piece;
import fr.ricochet.measure.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft too long for one post, as a thread: as many whole sentences per post as fit, a sentence too long
 * for one post cut between words (never inside an entity), and each post numbered. Every post, its number
 * included, is counted the network's way.
 */
final class ThreadSplit {

    /** The count's digits change the numbers' width only a few times: a few rounds always settle it. */
    private static final int ROUNDS = 6;

    private final Passages passages;
    private final PieceCosts costs;
    /** Appended to each post, with {index} and {count}. */
    private final String numbering;
    private final int maxPosts;

    private ThreadSplit(Passages passages, PieceCosts costs, String numbering, int maxPosts) {
        this.passages = passages;
        this.costs = costs;
        this.numbering = numbering;
        this.maxPosts = maxPosts;
    }

    /**
     * The numbered posts, or null when the draft needs no thread, needs more than {@code maxPosts} posts, or holds
     * a word too long for a post.
     */
    static List<String> split(Passages passages, PieceCosts costs, String numbering, int maxPosts) {
        return new ThreadSplit(passages, costs, numbering, maxPosts).split();
    }

    private List<String> split() {
        int count = 2;
        for (int round = 0; round < ROUNDS; round++) {
            List<String> posts = split(count);
            if (posts == null || posts.size() < 2) {
                return null;
            }
            if (posts.size() == count) {
                return posts;
            }
            count = posts.size();
        }
        return null;
    }

    /** Fills posts greedily, numbering them as if there were {@code count}; null when a word cannot fit. */
    private List<String> split(int count) {
        List<Span> queue = new ArrayList<>(passages.pieces().stream().map(Piece::span).toList());
        List<String> posts = new ArrayList<>();
        int next = 0;
        while (next < queue.size()) {
            if (posts.size() == maxPosts) {
                return null;
            }
            String number = number(posts.size() + 1, count);
            int taken = mostPiecesThatFit(queue, next, number);
            // The sums are exact for every counting method known; should one differ, take a piece less.
            while (taken > 0 && !costs.fits(passages.join(queue.subList(next, next + taken)) + number)) {
                taken--;
            }
            if (taken > 0) {
                posts.add(passages.join(queue.subList(next, next + taken)) + number);
                next += taken;
                continue;
            }
            Span sentence = queue.get(next);
            int breakAt = wordsThatFit(sentence, number);
            if (breakAt < 0) {
                return null;
            }
            posts.add(passages.text(new Span(sentence.offset(), breakAt - sentence.offset())) + number);
            queue.set(next, passages.rest(sentence, breakAt));
        }
        return posts;
    }

    /** How many pieces from {@code from} on fit in one post with its number (0 when not even the first does). */
    private int mostPiecesThatFit(List<Span> queue, int from, String number) {
        int taken = 0;
        PieceCosts.Cost sum = costs.of(List.of(), number);
        while (from + taken < queue.size()) {
            Span piece = queue.get(from + taken);
            PieceCosts.Cost next = sum.plus(taken == 0 ? costs.of(List.of(piece), "") : costs.after(piece));
            if (!costs.fits(next)) {
                break;
            }
            sum = next;
            taken++;
        }
        return taken;
    }

    /** The last word break of the sentence that leaves room for the number, or -1 when even one word is too long. */
    private int wordsThatFit(Span sentence, String number) {
        List<Integer> breaks = passages.wordBreaks(sentence, costs.reach(sentence).end());
        if (breaks.isEmpty()) {
            return -1;
        }
        int room = sentence.offset() + costs.roomAfter(number, sentence);
        int k = breaks.size() - 1;
        while (k >= 0 && breaks.get(k) > room) {
            k--;
        }
        for (; k >= 0; k--) {
            int at = breaks.get(k);
            if (costs.fits(passages.text(new Span(sentence.offset(), at - sentence.offset())) + number)) {
                return at;
            }
        }
        return -1;
    }

    private String number(int index, int count) {
        return numbering.replace("{index}", String.valueOf(index)).replace("{count}", String.valueOf(count));
    }
}
