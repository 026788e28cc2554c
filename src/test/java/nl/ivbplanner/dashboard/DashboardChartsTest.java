package nl.ivbplanner.dashboard;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's charts as a manager sees them: each an image with a name and a legend, its figures the same as in
 * the table beside it, its fills patterns defined once on the page.
 */
@IvbIntegrationTest
@Transactional
class DashboardChartsTest {

    private static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027/dashboard";
    private static final String RIJSWIJK =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/dashboard";

    private static final String ONDERMIJNING = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/dashboard";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTrendOfWassenaarShowsTheCountsOfItsTableWithTheLegendOfTheMunicipality() throws Exception {
        Document page = page(WASSENAAR + "?jaar=2025", "manager.wassenaar");
        Element section = page.getElementById("verloop").parent();
        Element chart = section.selectFirst("figure.chart");
        assertThat(chart).isNotNull();
        Element svg = chart.selectFirst("svg[role=img]");
        assertThat(svg.attr("aria-label")).startsWith("Staafdiagram van de eindejaarsoordelen per planjaar");
        assertThat(svg.selectFirst("title").text()).isEqualTo(svg.attr("aria-label"));
        // the legend names the verdicts as the municipality's legend does, in the table's order
        List<String> verdicts = section.select("table thead th .app-verdict span:not([aria-hidden])")
                .eachText();
        assertThat(verdicts).hasSize(4);
        assertThat(chart.select(".chart__legend-item").eachText()).isEqualTo(verdicts);
        assertThat(chart.select(".chart__legend-item rect").eachAttr("fill"))
                .containsExactly(
                        "url(#chart-fill-GREEN_SOLID)",
                        "url(#chart-fill-YELLOW_HATCHED)",
                        "url(#chart-fill-RED_CROSSED)",
                        "url(#chart-fill-GREY_DOTTED)");
        // a bar per row of the table, its total above it, its year below it
        List<Element> rows = section.select("table tbody tr");
        assertThat(svg.select("text.chart__total").eachText())
                .isEqualTo(rows.stream().map(r -> r.select("td").last().text()).toList());
        assertThat(rows.stream().map(r -> r.selectFirst("th").text()).toList())
                .allSatisfy(year -> assertThat(svg.select("text").eachText()).contains(year));
        // 2025: 14 green, 6 yellow, 1 red (too thin a segment for its label), as in the table
        Element y2025 = rows.stream()
                .filter(r -> r.selectFirst("th").text().equals("2025"))
                .findFirst()
                .orElseThrow();
        assertThat(y2025.select("td").eachText()).containsExactly("67% (14)", "29% (6)", "5% (1)", "0% (0)", "21");
        assertThat(svg.select("text").eachText()).contains("14", "6", "21");
        // the axis counts activities
        assertThat(svg.select("text").first().text()).isEqualTo("Aantal activiteiten");
    }

    @Test
    void theBudgetOfRijswijkIsDrawnWithTheAmountsOfItsTable() throws Exception {
        Document page = page(RIJSWIJK, "manager.rijswijk");
        Element section = page.getElementById("geld").parent();
        Element svg = section.selectFirst("figure.chart svg[role=img]");
        assertThat(svg.attr("aria-label"))
                .isEqualTo("Staafdiagram van de begroting per thema in 2026. De bedragen staan in de tabel eronder.");
        List<Element> rows = section.select("table tbody tr");
        assertThat(svg.select("text.chart__value").eachText())
                .isEqualTo(rows.stream().map(r -> r.selectFirst("td").text()).toList())
                .contains("€ 5.701.000", "€ 21.000");
        // each theme's name above its bar, wrapped but whole
        String names = String.join(" ", svg.select("text:not(.chart__value)").eachText());
        rows.forEach(r -> assertThat(names).contains(r.selectFirst("th").text()));
        assertThat(names).contains("Niet aan een thema toegewezen");
        // the largest amount has the longest bar
        List<Double> widths = svg.select("rect").stream()
                .map(r -> Double.parseDouble(r.attr("width")))
                .toList();
        int largest = svg.select("text.chart__value").eachText().indexOf("€ 5.701.000");
        assertThat(widths.get(largest))
                .isEqualTo(
                        widths.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    @Test
    void eachNumericKpiHasALineChartWhoseValuesAreInItsTable() throws Exception {
        List<Element> cards =
                new java.util.ArrayList<>(page(RIJSWIJK, "manager.rijswijk").select(".app-kpi-card"));
        cards.addAll(page(ONDERMIJNING, "manager.wassenaar").select(".app-kpi-card"));
        assertThat(cards).isNotEmpty();
        int charts = 0;
        for (Element card : cards) {
            Element svg = card.selectFirst("figure.chart svg[role=img]");
            if (svg == null) {
                continue;
            }
            charts++;
            String name = card.selectFirst("figcaption").text();
            assertThat(svg.attr("aria-label")).startsWith("Lijndiagram van ‘" + name + "’");
            String table = card.selectFirst("table.app-kpi-values").text();
            assertThat(svg.select("text.chart__value").eachText())
                    .isNotEmpty()
                    .allSatisfy(value -> assertThat(table).contains(value));
            // a point per value, a hollow one for the baseline when the KPI has one
            assertThat(svg.select("path.chart__point")).hasSameSizeAs(svg.select("text.chart__value"));
            boolean baseline = !card.select("table.app-kpi-values tr")
                    .get(1)
                    .selectFirst("td")
                    .text()
                    .equals("–");
            if (baseline && !svg.select("path.chart__baseline").isEmpty()) {
                assertThat(svg.selectFirst("path.chart__baseline").attr("fill")).isEqualTo("#ffffff");
                assertThat(card.select(".chart__legend-item").eachText()).contains("Uitgangswaarde");
            }
            if (!svg.select(".chart__target").isEmpty()) {
                assertThat(card.select(".chart__legend-item").eachText()).contains("Streefwaarde");
                assertThat(svg.selectFirst(".chart__target line").attr("stroke-dasharray"))
                        .isNotBlank();
            }
        }
        assertThat(charts).isPositive();
    }

    @Test
    void thePatternsAreDefinedOnceAndEveryFillUsesOne() throws Exception {
        for (String[] read : new String[][] {{WASSENAAR, "manager.wassenaar"}, {RIJSWIJK, "manager.rijswijk"}}) {
            Document page = page(read[0], read[1]);
            assertThat(page.select("svg.chart-patterns")).hasSize(1);
            List<String> defined = page.select("svg.chart-patterns pattern").eachAttr("id");
            Pattern reference = Pattern.compile("url\\(#([^)]+)\\)");
            for (Element filled : page.select("[fill^=url]")) {
                Matcher m = reference.matcher(filled.attr("fill"));
                assertThat(m.matches()).isTrue();
                assertThat(defined).contains(m.group(1));
            }
            // no chart leaves its figures to the picture alone: every chart is followed by a table
            for (Element figure : page.select("figure.chart")) {
                Element holder = figure.parent();
                assertThat(holder.select("table"))
                        .as(figure.outerHtml().substring(0, 80))
                        .isNotEmpty();
            }
        }
    }

    private Document page(String url, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
