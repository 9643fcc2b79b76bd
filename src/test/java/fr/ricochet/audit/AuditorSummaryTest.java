package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchiveFormat;
import fr.ricochet.archive.ArchivedMedia;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.Engagement;
import fr.ricochet.archive.PostType;
import fr.ricochet.request.MediaType;
import fr.ricochet.value.NetworkId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's pass over an account: what is analysed, and the summaries built from it. */
class AuditorSummaryTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Auditor AUDITOR = Auditor.create(TestEngine.ADVISOR);

    private static ArchivedPost post(String id, String at, String text, PostType type, boolean image) {
        return new ArchivedPost(id, Instant.parse(at), text, type,
                image ? List.of(new ArchivedMedia(MediaType.IMAGE, null)) : List.of(), List.of(), List.of(),
                List.of(), null, null, new Engagement(3L, 1L, null, null));
    }

    private static AccountHistory history(List<ArchivedPost> posts) {
        return new AccountHistory(ArchiveFormat.CSV, NetworkId.of("x"), "mediatheque", posts, null, List.of());
    }

    @Test
    void onlyOriginalPostsWithATextGoThroughTheEngine() {
        List<ArchivedPost> posts = List.of(
                post("1", "2025-01-07T09:15:00Z", "Nouveaux horaires de la médiathèque : ouverte le dimanche !",
                        PostType.ORIGINAL, false),
                post("2", "2025-01-08T10:00:00Z", "@marie merci, à samedi !", PostType.REPLY, false),
                post("3", "2025-01-09T11:00:00Z", "RT @ville : travaux rue Pasteur", PostType.REPOST, false),
                post("4", "2025-02-03T08:30:00Z", " ", PostType.ORIGINAL, true),
                post("5", "2025-02-04T17:45:00Z", "Exposition « Papiers découpés » jusqu'au 28 février, entrée libre.",
                        PostType.ORIGINAL, true));
        AuditReport report = AUDITOR.audit(history(posts), AuditOptions.defaults().in(PARIS, "fr"));

        assertThat(report.posts()).isEqualTo(new PostCounts(5, 3, 1, 1, 2));
        assertThat(report.scores().analysed()).isEqualTo(2);
        assertThat(report.scores().histogram()).hasSize(10);
        assertThat(report.scores().histogram().stream().mapToInt(ScoreSummary.Bucket::count).sum()).isEqualTo(2);
        assertThat(report.scores().monthly()).extracting(ScoreSummary.Month::month).containsExactly("2025-01", "2025-02");
        assertThat(report.account().from()).isEqualTo(Instant.parse("2025-01-07T09:15:00Z"));
        assertThat(report.account().to()).isEqualTo(Instant.parse("2025-02-04T17:45:00Z"));
    }

    @Test
    void postingHoursCountEveryOriginalInTheAudiencesZone() {
        // Tuesday 7 January 2025, 09:15 UTC is 10:15 in Paris; a Tuesday at 10 is inside a study's window on X.
        List<ArchivedPost> posts = List.of(
                post("1", "2025-01-07T09:15:00Z", "Atelier d'écriture mardi prochain à la médiathèque.",
                        PostType.ORIGINAL, false),
                post("2", "2025-01-07T09:40:00Z", "Rappel : inscriptions ouvertes jusqu'à vendredi.",
                        PostType.ORIGINAL, false));
        PostingHours hours = AUDITOR.audit(history(posts), AuditOptions.defaults().in(PARIS, "fr")).postingHours();

        assertThat(hours.counts()).hasSize(7).allSatisfy(row -> assertThat(row).hasSize(24));
        assertThat(hours.counts().get(1).get(10)).isEqualTo(2);
        assertThat(hours.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(hours.studyWindows().get(1).get(10)).isTrue();
        assertThat(hours.studyWindows().get(6).get(3)).isFalse();
    }

    @Test
    void theMostFrequentFindingsAreCountedOncePerPostAndTitledInTheReportsLanguage() {
        List<ArchivedPost> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            posts.add(post(String.valueOf(i), "2025-03-%02dT10:00:00Z".formatted(1 + i % 28),
                    "#culture #musee #expo #art #patrimoine Visite guidée numéro " + i + " du musée",
                    PostType.ORIGINAL, false));
        }
        AuditReport report = AUDITOR.audit(history(posts), AuditOptions.defaults().in(PARIS, "en"));

        FrequentFinding hashtags = report.findings().stream().filter(f -> f.rule().equals("hashtags")).findFirst()
                .orElseThrow();
        assertThat(hashtags.posts()).isEqualTo(30);
        assertThat(hashtags.share()).isEqualTo(1.0);
        assertThat(hashtags.title()).isEqualTo("Hashtags, but few");
        assertThat(report.findings()).hasSizeLessThanOrEqualTo(FrequentFindings.SHOWN);
        assertThat(report.findings()).extracting(FrequentFinding::rule).as("one row per tip").doesNotHaveDuplicates();
    }

    @Test
    void aTipIsOneRowWhateverItsCaseAndAFindingThatCostsNothingIsNoHabitToChange() {
        List<ArchivedPost> posts = new ArrayList<>();
        // Ten posts on Tuesdays to Thursdays at 10:30 in Paris, inside X's windows (praise, no points), ten at 3
        // in the morning (points lost).
        int[] weekdays = {4, 5, 6, 11, 12, 13, 18, 19, 20, 25};
        for (int i = 0; i < 20; i++) {
            String at = i % 2 == 0 ? "2025-03-%02dT09:30:00Z".formatted(weekdays[i / 2])
                    : "2025-03-%02dT02:00:00Z".formatted(1 + i);
            posts.add(post(String.valueOf(i), at, "Visite guidée numéro " + i
                    + " du musée : réservez votre place sur le site", PostType.ORIGINAL, false));
        }
        AuditReport report = AUDITOR.audit(history(posts), AuditOptions.defaults().in(PARIS, "en"));

        assertThat(report.findings()).extracting(FrequentFinding::rule).doesNotHaveDuplicates();
        report.findings().stream().filter(f -> f.rule().equals("timing")).forEach(timing -> {
            assertThat(timing.code()).isNotEqualTo("inside");
            assertThat(timing.posts()).as("the night posts only").isEqualTo(10);
        });
    }
}
