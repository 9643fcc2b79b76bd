package fr.ricochet.server.audit;

import fr.ricochet.audit.Effect;
import fr.ricochet.audit.EffectLabels;
import fr.ricochet.audit.PostingHours;
import fr.ricochet.audit.ScoreSummary;
import fr.ricochet.server.web.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The audit's four pictures as SVG strings, drawn on the server so that the page, its no-JavaScript form and the
 * standalone report show the same ones, with no chart library: the posting heat map, the score histogram, the
 * monthly trend and the effects' forest plot. Each carries its title and description for screen readers; the page
 * puts a table of the same figures beside it. Colours are presentation attributes, which the pages' style policy
 * (no inline style) allows.
 */
public final class AuditCharts {

    static final String INK = "#1d1b2f";
    static final String ACCENT = "#3b2bb5";
    static final String WINDOW = "#b4410c";
    static final String MUTED = "#55536a";
    static final String EMPTY = "#eef1f4";

    private AuditCharts() {
    }

    /** Seven rows of 24 hours, each cell as dark as its share of the busiest hour, the studies' windows outlined. */
    public static String heatMap(PostingHours hours, String language) {
        int cell = 24;
        int rowHeight = 22;
        int left = 48;
        int top = 22;
        int max = hours.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
        Svg svg = new Svg("audit-heat", "chart heat-chart", left + 24 * cell + 4, top + 7 * rowHeight + 30,
                Messages.get(language, "audit.chart.heat.title", hours.timeZone()),
                Messages.get(language, "audit.chart.heat.desc", max));
        for (int hour = 0; hour < 24; hour += 3) {
            svg.text(String.format(Locale.ROOT, "%02d", hour), "x", left + hour * cell + 2, "y", top - 8,
                    "font-size", 11, "fill", MUTED);
        }
        for (int day = 0; day < 7; day++) {
            int y = top + day * rowHeight;
            svg.text(Messages.get(language, "day." + (day + 1)), "x", 0, "y", y + 15, "font-size", 12, "fill", INK);
            for (int hour = 0; hour < 24; hour++) {
                int count = hours.counts().get(day).get(hour);
                double opacity = count == 0 ? 1 : 0.15 + 0.85 * count / max;
                svg.titled("rect", Messages.get(language, "audit.chart.heat.cell",
                                Messages.get(language, "day." + (day + 1)), hour, count),
                        "class", "cell", "data-count", count, "x", left + hour * cell, "y", y,
                        "width", cell - 2, "height", rowHeight - 2, "fill", count == 0 ? EMPTY : ACCENT,
                        "fill-opacity", opacity);
                if (hours.studyWindows().get(day).get(hour)) {
                    svg.element("rect", "class", "window", "x", left + hour * cell + 1, "y", y + 1,
                            "width", cell - 4, "height", rowHeight - 4, "fill", "none", "stroke", WINDOW,
                            "stroke-width", 2);
                }
            }
        }
        int legend = top + 7 * rowHeight + 18;
        svg.element("rect", "x", left, "y", legend - 11, "width", 14, "height", 14, "fill", "none", "stroke", WINDOW,
                "stroke-width", 2);
        svg.text(Messages.get(language, "audit.chart.heat.legend"), "x", left + 20, "y", legend, "font-size", 12,
                "fill", INK);
        return svg.end();
    }

    /** Ten bars, one per ten points of score. */
    public static String histogram(ScoreSummary scores, String language) {
        int left = 40;
        int top = 16;
        int height = 160;
        int bar = 52;
        int max = Math.max(1, scores.histogram().stream().mapToInt(ScoreSummary.Bucket::count).max().orElse(0));
        Svg svg = new Svg("audit-histogram", "chart histogram-chart", left + 10 * bar + 8, top + height + 36,
                Messages.get(language, "audit.chart.histogram.title"),
                Messages.get(language, "audit.chart.histogram.desc", scores.analysed()));
        axis(svg, left, top, height, left + 10 * bar);
        for (int i = 0; i < scores.histogram().size(); i++) {
            ScoreSummary.Bucket bucket = scores.histogram().get(i);
            double barHeight = (double) height * bucket.count() / max;
            int x = left + i * bar + 3;
            svg.titled("rect", Messages.get(language, "audit.chart.histogram.bar", bucket.from(), bucket.to(),
                            bucket.count()), "class", "chart-bar", "data-count", bucket.count(), "x", x,
                    "y", top + height - barHeight, "width", bar - 6, "height", barHeight, "fill", ACCENT);
            svg.text(Integer.toString(bucket.count()), "x", x + (bar - 6) / 2.0, "y", top + height - barHeight - 3,
                    "font-size", 11, "text-anchor", "middle", "fill", INK);
            svg.text(bucket.from() + "–" + bucket.to(), "x", x + (bar - 6) / 2.0, "y", top + height + 16,
                    "font-size", 11, "text-anchor", "middle", "fill", MUTED);
        }
        return svg.end();
    }

    /** Posts per month as bars, the month's median score as a line on a 0–100 scale. */
    public static String trend(ScoreSummary scores, String language) {
        List<ScoreSummary.Month> months = scores.monthly();
        int left = 40;
        int top = 16;
        int height = 160;
        int width = 560;
        double step = months.isEmpty() ? width : (double) width / months.size();
        int max = Math.max(1, months.stream().mapToInt(ScoreSummary.Month::posts).max().orElse(0));
        Svg svg = new Svg("audit-trend", "chart trend-chart", left + width + 40, top + height + 52,
                Messages.get(language, "audit.chart.trend.title"),
                Messages.get(language, "audit.chart.trend.desc", months.size()));
        axis(svg, left, top, height, left + width);
        // At most about twelve month labels, whatever the span, so that they never overlap.
        int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            ScoreSummary.Month month = months.get(i);
            double barHeight = (double) height * month.posts() / max;
            double x = left + i * step;
            double middle = x + step / 2;
            svg.titled("rect", Messages.get(language, "audit.chart.trend.bar", month.month(), month.posts(),
                            number(month.median(), language)), "class", "chart-bar", "data-count", month.posts(),
                    "x", x + step * 0.15, "y", top + height - barHeight, "width", step * 0.7, "height", barHeight,
                    "fill", ACCENT, "fill-opacity", 0.45);
            double y = top + height - height * month.median() / 100;
            line.append(line.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", middle, y));
            svg.element("circle", "class", "point", "cx", middle, "cy", y, "r", 3.5, "fill", INK);
            if (i % every == 0) {
                svg.text(month.month(), "x", middle, "y", top + height + 16, "font-size", 10, "text-anchor", "middle",
                        "fill", MUTED);
            }
        }
        if (months.size() > 1) {
            svg.element("polyline", "class", "median-line", "points", line.toString(), "fill", "none", "stroke", INK,
                    "stroke-width", 2);
        }
        svg.text("100", "x", left + width + 6, "y", top + 4, "font-size", 11, "fill", MUTED);
        svg.text("0", "x", left + width + 6, "y", top + height, "font-size", 11, "fill", MUTED);
        int legend = top + height + 40;
        svg.element("rect", "x", left, "y", legend - 10, "width", 14, "height", 12, "fill", ACCENT, "fill-opacity", 0.45);
        svg.text(Messages.get(language, "audit.chart.trend.legendPosts"), "x", left + 20, "y", legend, "font-size", 12,
                "fill", INK);
        svg.element("line", "x1", left + 220, "y1", legend - 4, "x2", left + 240, "y2", legend - 4, "stroke", INK,
                "stroke-width", 2);
        svg.text(Messages.get(language, "audit.chart.trend.legendMedian"), "x", left + 246, "y", legend,
                "font-size", 12, "fill", INK);
        return svg.end();
    }

    /**
     * One row per effect: its interval as a line and its ratio as a dot on a logarithmic axis (so that ×2 and ÷2
     * lie as far from 1), 1 marked, and the study's figure as a diamond where a study gave one.
     */
    public static String forest(List<Effect> effects, String language) {
        int labels = 200;
        int plot = 380;
        int top = 24;
        int row = 26;
        LogAxis axis = LogAxis.covering(effects, labels, plot);
        Svg svg = new Svg("audit-forest", "chart forest-chart", labels + plot + 20, top + effects.size() * row + 62,
                Messages.get(language, "audit.chart.forest.title"),
                Messages.get(language, "audit.chart.forest.desc", effects.size()));
        int bottom = top + effects.size() * row;
        for (double tick : axis.ticks()) {
            double x = axis.x(tick);
            svg.element("line", "x1", x, "y1", top - 6, "x2", x, "y2", bottom, "stroke", EMPTY, "stroke-width", 1);
            svg.text(tickLabel(tick, language), "x", x, "y", bottom + 16, "font-size", 11, "text-anchor", "middle",
                    "fill", MUTED);
        }
        svg.element("line", "class", "unity", "x1", axis.x(1), "y1", top - 10, "x2", axis.x(1), "y2", bottom,
                "stroke", INK, "stroke-width", 1.5, "stroke-dasharray", "4 3");
        for (int i = 0; i < effects.size(); i++) {
            Effect effect = effects.get(i);
            double y = top + i * row + row / 2.0;
            String label = EffectLabels.of(effect.feature(), effect.group(), language);
            svg.text(label, "x", 0, "y", y + 4, "font-size", 12, "fill", INK);
            svg.element("line", "class", "interval", "x1", axis.x(effect.low()), "y1", y, "x2", axis.x(effect.high()),
                    "y2", y, "stroke", ACCENT, "stroke-width", 2);
            svg.titled("circle", Messages.get(language, "audit.chart.forest.point", label,
                            number(effect.ratio(), language), number(effect.low(), language),
                            number(effect.high(), language), effect.n()), "class", "ratio",
                    "cx", axis.x(effect.ratio()), "cy", y, "r", 5, "fill", ACCENT);
            if (effect.study() != null && effect.study().ratio() != null) {
                double x = axis.x(effect.study().ratio());
                svg.titled("path", Messages.get(language, "audit.chart.forest.study",
                                number(effect.study().ratio(), language)), "class", "study",
                        "d", String.format(Locale.ROOT, "M%.1f %.1fl6 6l-6 6l-6 -6z", x, y - 6), "fill", "none",
                        "stroke", WINDOW, "stroke-width", 2);
            }
        }
        int legend = bottom + 36;
        svg.element("circle", "cx", labels + 6, "cy", legend - 4, "r", 5, "fill", ACCENT);
        svg.text(Messages.get(language, "audit.chart.forest.legendAccount"), "x", labels + 16, "y", legend,
                "font-size", 12, "fill", INK);
        // The study's key on a line of its own: side by side, the French account key ran into it.
        svg.element("path", "d", String.format(Locale.ROOT, "M%d %dl6 6l-6 6l-6 -6z", labels + 6, legend + 8),
                "fill", "none", "stroke", WINDOW, "stroke-width", 2);
        svg.text(Messages.get(language, "audit.chart.forest.legendStudy"), "x", labels + 16, "y", legend + 18,
                "font-size", 12, "fill", INK);
        return svg.end();
    }

    private static void axis(Svg svg, int left, int top, int height, int right) {
        svg.element("line", "x1", left, "y1", top + height, "x2", right, "y2", top + height, "stroke", MUTED,
                "stroke-width", 1);
        svg.element("line", "x1", left, "y1", top, "x2", left, "y2", top + height, "stroke", MUTED, "stroke-width", 1);
    }

    private static String tickLabel(double tick, String language) {
        return tick >= 1 ? "×" + number(tick, language) : "÷" + number(1 / tick, language);
    }

    /** A figure with at most two decimals, written as the page's language writes numbers. */
    static String number(double value, String language) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Messages.locale(language));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
