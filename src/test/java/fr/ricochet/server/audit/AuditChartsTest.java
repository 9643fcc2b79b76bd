package fr.ricochet.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Effect;
import fr.ricochet.audit.PostingHours;
import fr.ricochet.audit.ScoreSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts parsed back as XML: well formed, named for screen readers, one shape per figure of the data. */
class AuditChartsTest {

    private final AuditReport report = SampleAudits.robot();

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> withClass(Document svg, String className) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(className)) {
                found.add(element);
            }
        }
        return found;
    }

    private static void assertNamed(Document svg, String title) {
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String[] labels = root.getAttribute("aria-labelledby").split(" ");
        assertThat(labels).hasSize(2);
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(title);
        assertThat(((Element) svg.getElementsByTagNameNS("*", "title").item(0)).getAttribute("id")).isEqualTo(labels[0]);
        assertThat(((Element) svg.getElementsByTagNameNS("*", "desc").item(0)).getAttribute("id")).isEqualTo(labels[1]);
    }

    @Test
    void theHeatMapHasOneCellPerHourOfTheWeekWithItsCountAndOutlinesTheStudiesWindows() throws Exception {
        Document svg = parse(AuditCharts.heatMap(report.postingHours(), "fr"));
        assertNamed(svg, "Heures de publication (fuseau Europe/Paris)");
        List<Element> cells = withClass(svg, "cell");
        assertThat(cells).hasSize(7 * 24);
        // Monday 09:00 is the 10th cell and holds 1 post; Friday 18:00 holds 5.
        assertThat(cells.get(9).getAttribute("data-count")).isEqualTo("1");
        assertThat(cells.get(4 * 24 + 18).getAttribute("data-count")).isEqualTo("5");
        int total = cells.stream().mapToInt(c -> Integer.parseInt(c.getAttribute("data-count"))).sum();
        assertThat(total).isEqualTo(2 * (1 + 2 + 3 + 4 + 5));
        assertThat(withClass(svg, "window")).hasSize(5 * 2);
    }

    @Test
    void theHistogramHasTenBarsAsTallAsTheirCounts() throws Exception {
        Document svg = parse(AuditCharts.histogram(report.scores(), "en"));
        assertNamed(svg, "Score distribution");
        List<Element> bars = withClass(svg, "chart-bar");
        assertThat(bars).hasSize(10);
        assertThat(bars.stream().map(b -> b.getAttribute("data-count")).toList())
                .containsExactly("0", "3", "6", "9", "12", "15", "18", "21", "24", "27");
        double tallest = Double.parseDouble(bars.get(9).getAttribute("height"));
        assertThat(Double.parseDouble(bars.get(3).getAttribute("height"))).isCloseTo(tallest / 3, within(0.2));
    }

    @Test
    void theTrendHasABarAndAPointPerMonthJoinedByTheMedianLine() throws Exception {
        Document svg = parse(AuditCharts.trend(report.scores(), "fr"));
        assertThat(withClass(svg, "chart-bar")).hasSize(12);
        assertThat(withClass(svg, "point")).hasSize(12);
        assertThat(withClass(svg, "median-line").get(0).getAttribute("points").split(" ")).hasSize(12);
        // A higher median is drawn higher up: y shrinks as the median grows month after month.
        List<Element> points = withClass(svg, "point");
        assertThat(Double.parseDouble(points.get(11).getAttribute("cy")))
                .isLessThan(Double.parseDouble(points.get(0).getAttribute("cy")));
    }

    @Test
    void theForestPlotDrawsEachEffectOnALogAxisWithOneMarkedAndTheStudysFigure() throws Exception {
        List<Effect> effects = report.calibration().effects();
        Document svg = parse(AuditCharts.forest(effects, "fr"));
        assertNamed(svg, "Ce qui va avec plus d'engagement sur ce compte");
        List<Element> ratios = withClass(svg, "ratio");
        assertThat(ratios).hasSize(effects.size());
        assertThat(withClass(svg, "interval")).hasSize(effects.size());
        assertThat(withClass(svg, "study")).hasSize(2); // only image and hashtags cite a study's figure
        double one = Double.parseDouble(withClass(svg, "unity").get(0).getAttribute("x1"));
        double half = Double.parseDouble(ratios.get(0).getAttribute("cx")) - one; // ×2.1, a bit past ×2
        // On a log axis ×0.7 lies left of 1 by log(1/0.7)/log(2.1) of the distance ×2.1 lies right of it.
        double expected = half * Math.log(0.7) / Math.log(2.1);
        assertThat(Double.parseDouble(ratios.get(1).getAttribute("cx")) - one).isCloseTo(expected, within(0.5));
    }

    @Test
    void textsFromTheArchiveAreEscapedAndTheChartsStayWellFormed() throws Exception {
        PostingHours hostile = new PostingHours("Europe/<Paris>&\"'\u0001", report.postingHours().counts(),
                report.postingHours().studyWindows());
        ScoreSummary months = new ScoreSummary(1, 50, 50, report.scores().histogram(),
                List.of(new ScoreSummary.Month("<2025>&", 1, 50, 50)));
        Effect effect = new Effect("<img>", "a&b", 0, 0, Double.POSITIVE_INFINITY, 1, 1, null);
        Document heat = parse(AuditCharts.heatMap(hostile, "en"));
        assertThat(heat.getElementsByTagNameNS("*", "title").item(0).getTextContent()).contains("<Paris>&\"'");
        assertThat(withClass(parse(AuditCharts.trend(months, "en")), "chart-bar")).hasSize(1);
        assertThat(withClass(parse(AuditCharts.forest(List.of(effect), "en")), "ratio")).hasSize(1);
    }

    @Test
    void emptyDataGivesEmptyButValidCharts() throws Exception {
        ScoreSummary none = new ScoreSummary(0, 0, 0, List.of(), List.of());
        assertThat(withClass(parse(AuditCharts.histogram(none, "fr")), "chart-bar")).isEmpty();
        assertThat(withClass(parse(AuditCharts.trend(none, "fr")), "point")).isEmpty();
        assertThat(withClass(parse(AuditCharts.forest(List.of(), "fr")), "ratio")).isEmpty();
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
