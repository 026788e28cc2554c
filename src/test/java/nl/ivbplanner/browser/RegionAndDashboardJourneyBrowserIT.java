package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24's journey in real Chromium, axe on every page: an administrator enters Leidschendam-Voorburg's inhabitants
 * of 2018; a regional coordinator opens the region for 2025, compares the woninginbraken of Westland and
 * Leidschendam-Voorburg in one table and chart (Westland's per 1.000 inwoners, Leidschendam-Voorburg's count of 2018
 * converted, its other years in a chart of their own), reads the shared partners' load and downloads the region as a
 * workbook; a manager opens the Rijswijk dashboard and finds every value a chart shows in the table that goes with it.
 */
@IvbIntegrationTest
class RegionAndDashboardJourneyBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheSeedBack() {
        jdbc.sql("delete from municipality_inhabitants").update();
    }

    @Test
    void aRegionalCoordinatorComparesWoninginbrakenAndAManagerReadsTheDashboardsCharts() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;

        chromium.signIn("beheerder");
        chromium.open("/gemeenten/leidschendam-voorburg");
        chromium.press(By.linkText("Inwoners per jaar"));
        chromium.waitForTitle("Inwoners van Leidschendam-Voorburg");
        chromium.assertAccessible("region-1-inhabitants");
        driver.findElement(By.id("jaar")).sendKeys("2018");
        driver.findElement(By.id("inwoners")).sendKeys("75.000");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        // the page after the save has the same title as the form: wait for the saved year itself
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "2018 75.000"));

        chromium.signIn("manager.westland");
        chromium.open("/regio");
        chromium.press(By.linkText("2025"));
        chromium.waitForTitle("Regio-overzicht");
        chromium.assertAccessible("region-2-year");
        WebElement woninginbraken =
                driver.findElement(By.cssSelector("section[aria-labelledby=indicator-woninginbraken]"));
        String table = woninginbraken.findElement(By.tagName("table")).getText();
        assertThat(table)
                .contains("Westland woninginbraken (p/1.000 inwoners)")
                .contains("2017 3,8 per 1.000 inwoners")
                .contains("2018 181 woninginbraken per jaar 2,41 (bij 75.000 inwoners in 2018)");
        List<WebElement> charts = woninginbraken.findElements(By.cssSelector("svg[role=img]"));
        assertThat(charts).hasSize(2);
        assertThat(values(charts.get(0))).containsExactlyInAnyOrder("3,8", "2,41");
        assertThat(values(charts.get(1))).containsExactly("825", "315", "274");
        for (String value : values(charts.get(0))) {
            assertThat(table).contains(value);
        }

        String partners = driver.findElement(By.cssSelector("section[aria-labelledby=partners]"))
                .getText();
        assertThat(partners).contains("Politie");
        chromium.press(By.linkText("Politie"));
        chromium.waitForTitle("Politie");
        chromium.assertAccessible("region-3-partner");
        assertThat(chromium.main()).contains("Per veld van Kernbeleid Veiligheid");

        chromium.open("/regio?jaar=2025");
        String workbookLink =
                driver.findElement(By.partialLinkText("downloaden als Excel")).getAttribute("href");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(workbookLink)))) {
            List<String> rows = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheet("Vergelijkbare indicatoren")) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(String.join("|", cells));
            }
            assertThat(rows)
                    .anyMatch(r -> r.startsWith("Woninginbraken per 1.000 inwoners|Leidschendam-Voorburg|")
                            && r.contains("|2018|181.00|")
                            && r.contains("|2.41|ja|75000|"))
                    .anyMatch(r -> r.startsWith("Woninginbraken per 1.000 inwoners|Westland|") && r.contains("|3.80|"));
            assertThat(workbook.getSheet("Gedeelde partners")).isNotNull();
        }

        chromium.signIn("manager.rijswijk");
        chromium.open("/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/dashboard");
        chromium.waitForTitle("Dashboard");
        chromium.assertAccessible("region-4-rijswijk-dashboard");
        List<WebElement> dashboardCharts = driver.findElements(By.cssSelector("figure.chart svg[role=img]"));
        assertThat(dashboardCharts).isNotEmpty();
        for (WebElement chart : dashboardCharts) {
            assertThat(chart.getAttribute("aria-label")).isNotBlank();
            String itsTable = tableOf(chart);
            for (String value : values(chart)) {
                assertThat(itsTable).as(chart.getAttribute("aria-label")).contains(value);
            }
        }
    }

    /** The values a chart writes beside its points, bars and segments. */
    private List<String> values(WebElement chart) {
        return chart.findElements(By.cssSelector("text.chart__value, text.chart__total")).stream()
                .map(e -> e.getAttribute("textContent").strip())
                .toList();
    }

    /**
     * The text of the table that goes with a chart, as a screen reader reaches it: in the same card or section, a
     * "toon als tabel" disclosure opened first.
     */
    private String tableOf(WebElement chart) {
        return (String) ((JavascriptExecutor) chromium.driver).executeScript("""
                const box = arguments[0].closest('.app-kpi-card') || arguments[0].closest('section');
                box.querySelectorAll('details').forEach(d => d.open = true);
                return [...box.querySelectorAll('table')].map(t => t.innerText).join('\\n');""", chart);
    }

    private byte[] download(String url) throws Exception {
        String session = chromium.driver.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "SESSION=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
