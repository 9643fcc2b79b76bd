package fr.ricochet.audit;

import fr.ricochet.archive.ArchivedMedia;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.check.Finding;
import fr.ricochet.engine.Advisor;
import fr.ricochet.report.NetworkView;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.Media;
import fr.ricochet.request.MediaType;
import fr.ricochet.value.Audience;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every original post through the engine as the draft it once was: on its network, with its media, planned
 * at the time it went out in the audience's zone, without spelling and grammar (LanguageTool would take minutes
 * over a whole account) and without proving a rewrite, which an audit does not offer.
 */
final class PostAnalyser {

    /** Posts handed to a thread at once: large enough to keep both cores busy, small enough to stay responsive. */
    private static final int CHUNK = 256;
    private static final String CALL_TO_ACTION = "call-to-action";

    private final Advisor advisor;

    PostAnalyser(Advisor advisor) {
        this.advisor = advisor;
    }

    List<AnalysedPost> analyse(List<ArchivedPost> originals, NetworkId network, ZoneId zone, int threads) {
        if (threads == 1 || originals.size() <= CHUNK) {
            return analyseChunk(originals, network, zone);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ricochet-audit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<AnalysedPost>>> parts = new ArrayList<>();
            for (int from = 0; from < originals.size(); from += CHUNK) {
                List<ArchivedPost> chunk = originals.subList(from, Math.min(originals.size(), from + CHUNK));
                parts.add(pool.submit(() -> analyseChunk(chunk, network, zone)));
            }
            List<AnalysedPost> all = new ArrayList<>(originals.size());
            for (Future<List<AnalysedPost>> part : parts) {
                all.addAll(part.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the audit was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<AnalysedPost> analyseChunk(List<ArchivedPost> posts, NetworkId network, ZoneId zone) {
        List<AnalysedPost> analysed = new ArrayList<>(posts.size());
        for (ArchivedPost post : posts) {
            analysed.add(analyse(post, network, zone));
        }
        return analysed;
    }

    private AnalysedPost analyse(ArchivedPost post, NetworkId network, ZoneId zone) {
        AnalysisRequest request = new AnalysisRequest(post.text(), List.of(network), LanguageChoice.AUTO,
                media(post), post.createdAt().atZone(zone).toOffsetDateTime(), zone, Audience.GENERAL, null,
                AnalysisRequest.AUTO, false);
        Report report = advisor.assess(request);
        Set<String> keys = new LinkedHashSet<>();
        List<String> costly = new ArrayList<>();
        for (Finding finding : report.findings()) {
            String key = finding.rule() + "/" + finding.code();
            keys.add(key);
            // What to work on: a finding that costs nothing (praise, a note) is no habit to change.
            if (finding.points() > 0 && !costly.contains(key)) {
                costly.add(key);
            }
        }
        NetworkView view = report.networks().get(0);
        PostFeatures features = new PostFeatures(post,
                post.media().stream().anyMatch(m -> m.type() == MediaType.IMAGE),
                view.entities().hashtags().size(), view.length(),
                !post.mentions().isEmpty() || !report.facts().mentions().isEmpty(),
                !post.urls().isEmpty() || !report.facts().urls().isEmpty(),
                asksSomething(post.text(), report, keys));
        return new AnalysedPost(features, report.score(), costly);
    }

    /** A question, or a call to action: the call-to-action tip applied and found one (it raised no "missing"). */
    private static boolean asksSomething(String text, Report report, Set<String> findings) {
        if (text.indexOf('?') >= 0) {
            return true;
        }
        boolean applied = report.tips().stream()
                .anyMatch(tip -> CALL_TO_ACTION.equals(tip.id()) && tip.score() != null);
        return applied && !findings.contains(CALL_TO_ACTION + "/missing");
    }

    private static List<Media> media(ArchivedPost post) {
        List<Media> media = new ArrayList<>();
        for (ArchivedMedia item : post.media()) {
            media.add(new Media(item.type(), item.altText()));
        }
        return media;
    }
}
