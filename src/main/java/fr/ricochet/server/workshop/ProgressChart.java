package fr.ricochet.server.workshop;

import fr.ricochet.workshop.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A participant's scores drawn as a small SVG line, oldest to latest, computed here so the page needs no script.
 * Coordinates are in a fixed 320×130 box that CSS scales to the phone's width.
 */
record ProgressChart(String line, List<Point> points, int width, int height) {

    static final int WIDTH = 320;
    static final int HEIGHT = 130;
    private static final int PAD = 16;

    /** One submission: its place in the box and its score, for the dot's tooltip. */
    record Point(double x, double y, int score, int number) {
    }

    static ProgressChart of(List<Submission> oldestFirst) {
        List<Point> points = new ArrayList<>();
        int n = oldestFirst.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (n - 1);
            int score = oldestFirst.get(i).score();
            points.add(new Point(round(x), round(y(score)), score, i + 1));
        }
        StringBuilder line = new StringBuilder();
        for (Point p : points) {
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
        }
        return new ProgressChart(line.toString().strip(), points, WIDTH, HEIGHT);
    }

    /** Where a score sits vertically: 100 at the top, 0 at the bottom. */
    static double y(int score) {
        return PAD + (100 - score) * (HEIGHT - 2.0 * PAD) / 100;
    }

    /** Grid lines at 0, 50 and 100. */
    public double y0() {
        return y(0);
    }

    public double y50() {
        return y(50);
    }

    public double y100() {
        return y(100);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
