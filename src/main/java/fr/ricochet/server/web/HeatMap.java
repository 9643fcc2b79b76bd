package fr.ricochet.server.web;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.value.Audience;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A week, Monday first, 24 hours a day: which hours the network's windows for that audience cover.
 *
 * @param dayNames the days' short names in the page language, Monday first
 */
record HeatMap(String network, String name, String zone, List<String> dayNames, List<List<Boolean>> days, Slot planned,
        Slot suggested, List<String> windows) {

    /** A marked hour: day 0 is Monday. */
    record Slot(int day, int hour) {
    }

    static HeatMap of(NetworkProfile profile, Audience audience, String zone, Slot planned, Slot suggested,
            String language) {
        List<PostingWindow> windows = profile.windowsFor(audience);
        List<List<Boolean>> days = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(Messages.get(language, "day." + day.getValue()));
            List<Boolean> hours = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                hours.add(covered(windows, day, hour));
            }
            days.add(hours);
        }
        List<String> texts = windows.stream().map(w -> describe(w, language)).toList();
        return new HeatMap(profile.id().value(), profile.name(), zone, names, days, planned, suggested, texts);
    }

    static Slot slot(String date, String time) {
        try {
            LocalDate day = LocalDate.parse(date);
            return new Slot(day.getDayOfWeek().getValue() - 1, LocalTime.parse(time).getHour());
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Slot slot(ZonedDateTime at) {
        return new Slot(at.getDayOfWeek().getValue() - 1, at.getHour());
    }

    private static boolean covered(List<PostingWindow> windows, DayOfWeek day, int hour) {
        int cellStart = hour * 60;
        for (PostingWindow w : windows) {
            int from = w.from().toSecondOfDay() / 60;
            int to = w.to().equals(LocalTime.MIDNIGHT) ? 24 * 60 : w.to().toSecondOfDay() / 60;
            if (w.days().contains(day) && from < cellStart + 60 && to > cellStart) {
                return true;
            }
        }
        return false;
    }

    private static String describe(PostingWindow w, String language) {
        StringBuilder days = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (w.days().contains(day)) {
                days.append(days.length() == 0 ? "" : ", ").append(Messages.get(language, "day." + day.getValue()));
            }
        }
        // A window to the end of the day ends at LocalTime.MAX, which people read as midnight
        String to = w.to().equals(LocalTime.MAX) ? "24:00" : w.to().toString();
        return days + " " + w.from() + "–" + to + " (" + w.source().in(language) + ")";
    }
}
