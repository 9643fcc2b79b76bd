package fr.ricochet.server.workshop;

import fr.ricochet.check.Finding;
import fr.ricochet.report.Report;
import fr.ricochet.request.Media;
import fr.ricochet.score.TipScore;
import fr.ricochet.workshop.CreatedWorkshop;
import fr.ricochet.workshop.Dashboard;
import fr.ricochet.workshop.ParticipantProgress;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.SubmissionPair;
import fr.ricochet.workshop.SubmissionResult;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopSettings;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the workshop API, one record each (documented in openapi/ricochet.yaml). They are views, not
 * the stored records: internal ids of workshops and participants and token hashes never leave the server, and a
 * participant's view holds only their own submissions.
 */
final class Views {

    private Views() {
    }

    /** A workshop as its trainer and participants see it. */
    record WorkshopView(String joinCode, String title, String brief, List<String> networks, String audience,
            String startingPost, Instant plannedAt, String timeZone, int maxParticipants, Instant createdAt,
            Instant expiresAt, Instant closedAt, boolean closed) {

        static WorkshopView of(Workshop w) {
            WorkshopSettings s = w.settings();
            return new WorkshopView(w.joinCode(), s.title(), s.brief(), s.networks(), s.audience(), s.startingPost(),
                    s.plannedAt(), s.timeZone(), w.maxParticipants(), w.createdAt(), w.expiresAt(), w.closedAt(),
                    w.isClosed());
        }
    }

    /**
     * The answer to a creation. {@code trainerToken} is shown this once: only its hash is kept. The trainer URL
     * carries it after {@code #}, which browsers never send to a server nor put in a Referer.
     */
    record Created(String joinCode, String trainerToken, String trainerUrl, String joinUrl, WorkshopView workshop) {

        /** @param base the scheme and host the links start with ({@link WorkshopLinks#base}) */
        static Created of(CreatedWorkshop created, String base) {
            String code = created.workshop().joinCode();
            return new Created(code, created.trainerToken(),
                    base + WorkshopLinks.trainerPage(code, created.trainerToken()), base + WorkshopLinks.joinPage(code),
                    WorkshopView.of(created.workshop()));
        }
    }

    /** The answer to a join: the participant's only key to their submissions, given once. */
    record Joined(String participantToken, String pseudonym, WorkshopView workshop) {

        static Joined of(fr.ricochet.workshop.Joined joined) {
            return new Joined(joined.participantToken(), joined.participant().pseudonym(),
                    WorkshopView.of(joined.workshop()));
        }
    }

    record MediaView(String type, String altText) {

        static List<MediaView> of(List<Media> media) {
            return media.stream().map(m -> new MediaView(m.type().id(), m.altText())).toList();
        }
    }

    /** A stored submission with its analysis, findings in the same shape as in a report. */
    record SubmissionView(long id, Instant submittedAt, int score, String language, String text,
            List<MediaView> media, List<TipScore> tips, List<Finding> findings) {

        static SubmissionView of(Submission s) {
            return new SubmissionView(s.id(), s.submittedAt(), s.score(), s.language(), s.text(),
                    MediaView.of(s.media()), s.tips(), s.findings());
        }
    }

    /** The answer to a submission: what was stored, and the full report (rewrite, suggested time) to show now. */
    record Submitted(SubmissionView submission, Report report) {

        static Submitted of(SubmissionResult result) {
            return new Submitted(SubmissionView.of(result.submission()), result.report());
        }
    }

    /** What a participant sees: their own submissions only, oldest first. */
    record Progress(String pseudonym, WorkshopView workshop, List<SubmissionView> submissions, Integer firstScore,
            Integer bestScore, Integer latestScore, Integer progress) {

        static Progress of(ParticipantProgress p) {
            return new Progress(p.participant().pseudonym(), WorkshopView.of(p.workshop()),
                    p.submissions().stream().map(SubmissionView::of).toList(), p.firstScore(), p.bestScore(),
                    p.latestScore(), p.progress());
        }
    }

    /** @param history every submission, oldest first: its id (to compare), number, time and score */
    record ParticipantLine(String pseudonym, Instant joinedAt, int submissions, Integer firstScore,
            Integer bestScore, Integer latestScore, Long firstSubmissionId, Long latestSubmissionId,
            List<Dashboard.HistoryEntry> history) {
    }

    /** The trainer's dashboard; participants in joining order. */
    record DashboardView(WorkshopView workshop, List<ParticipantLine> participants, int submissionCount,
            List<Dashboard.ScoreBand> distribution, List<Dashboard.TipFailure> weakestTips,
            List<Dashboard.TipFailure> trainerSetTips) {

        static DashboardView of(Dashboard d) {
            return new DashboardView(WorkshopView.of(d.workshop()), d.participants().stream()
                    .map(p -> new ParticipantLine(p.pseudonym(), p.joinedAt(), p.submissions(), p.firstScore(),
                            p.bestScore(), p.latestScore(), p.firstSubmissionId(), p.latestSubmissionId(),
                            p.history()))
                            .toList(),
                    d.submissionCount(), d.distribution(), d.weakestTips(), d.trainerSetTips());
        }
    }

    record Side(String pseudonym, SubmissionView submission) {
    }

    /** Two submissions side by side, and the word-level diff from the left text to the right one. */
    record Comparison(Side left, Side right, List<TextDiff.Piece> diff) {

        static Comparison of(SubmissionPair pair) {
            return new Comparison(new Side(pair.left().pseudonym(), SubmissionView.of(pair.left().submission())),
                    new Side(pair.right().pseudonym(), SubmissionView.of(pair.right().submission())),
                    TextDiff.of(pair.left().submission().text(), pair.right().submission().text()));
        }
    }
}
