package fr.ricochet.server.workshop;

import fr.ricochet.check.Finding;
import fr.ricochet.workshop.JoinCodes;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.Workshop;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the workshop templates show, prepared here so templates only place values (escaped by th:text). */
final class PageViews {

    private PageViews() {
    }

    /**
     * The workshop a page is about, as every workshop page names it.
     *
     * @param networkList the networks' names, comma-separated
     * @param plannedAt   the trainer's planned time in the workshop's zone, or "" when none was set
     */
    record Heading(Views.WorkshopView workshop, String code, String displayCode, String networkList,
            String plannedAt, String expiresAt) {

        static Heading of(Workshop workshop, String language, Function<String, String> networkName) {
            String zone = workshop.settings().timeZone();
            return new Heading(Views.WorkshopView.of(workshop), workshop.joinCode(),
                    JoinCodes.display(workshop.joinCode()),
                    String.join(", ", workshop.settings().networks().stream().map(networkName).toList()),
                    time(workshop.settings().plannedAt(), zone, language), time(workshop.expiresAt(), zone, language));
        }
    }

    /** A checkbox or option of a form. */
    record Choice(String value, String label, boolean selected) {
    }

    /** A finding as the participant reads it: the passage it is about quoted from their own text. */
    record FindingView(String severity, String message, String passage) {

        static FindingView of(Finding f, String text) {
            int end = Math.min(text.length(), f.offset() + f.length());
            String passage = f.length() > 0 && f.offset() < end ? text.substring(f.offset(), end) : "";
            return new FindingView(f.severity().id(), f.message(), passage);
        }
    }

    /**
     * A submission in the participant's list, newest first.
     *
     * @param plannedTime the findings about what the trainer set (the planned time), shown apart: they cost the
     *                    participant nothing
     */
    record SubmissionLine(int number, long id, String at, int score, String text, List<FindingView> findings,
            List<FindingView> plannedTime) {

        static SubmissionLine of(int number, Submission s, String zone, String language,
                Predicate<String> trainerSet) {
            return new SubmissionLine(number, s.id(), time(s.submittedAt(), zone, language), s.score(), s.text(),
                    s.findings().stream().filter(f -> !trainerSet.test(f.rule())).map(f -> FindingView.of(f, s.text()))
                            .toList(),
                    s.findings().stream().filter(f -> trainerSet.test(f.rule())).map(f -> FindingView.of(f, s.text()))
                            .toList());
        }
    }

    /** A moment in the workshop's zone, short and in the page language. */
    static String time(Instant at, String zone, String language) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.forLanguageTag(language))
                .format(at.atZone(ZoneId.of(zone)));
    }
}
