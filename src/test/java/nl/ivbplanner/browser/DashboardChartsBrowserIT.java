package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboards with their charts in real Chromium, as a manager: axe finds nothing, nothing scrolls sideways at
 * 375 px, and printed (print media) the filter and the app's chrome are gone while the charts keep their patterns.
 * Screenshots and the printed PDF go to target/screenshots.
 */
@IvbIntegrationTest
class DashboardChartsBrowserIT {

    private static final String RIJSWIJK =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/dashboard";
    private static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027/dashboard";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @BeforeEach
    void pointAtServer() {
        chromium.useServerPort(port);
    }

    @Test
    void theDashboardsWithTheirChartsAreAccessibleAtEveryWidthAndPrint() throws Exception {
        chromium.signIn("manager.rijswijk");
        chromium.open(RIJSWIJK);
        chromium.waitForTitle("Dashboard");
        assertThat(chromium.driver.findElements(By.cssSelector("figure.chart svg[role=img]")))
                .isNotEmpty();
        chromium.assertAccessible("dashboard-charts-rijswijk");
        whole("dashboard-charts-rijswijk-whole-1280", 1280);
        whole("dashboard-charts-rijswijk-whole-375", 375);
        printed("dashboard-charts-rijswijk");

        chromium.signIn("manager.wassenaar");
        chromium.open(WASSENAAR + "?jaar=2025");
        chromium.waitForTitle("Dashboard");
        chromium.assertAccessible("dashboard-charts-wassenaar");
        printed("dashboard-charts-wassenaar");
        chromium.open("/gemeenten/wassenaar/kaders/ondermijning-2025-2028/dashboard");
        chromium.waitForTitle("Dashboard");
        chromium.assertAccessible("dashboard-charts-wassenaar-kpis");
        whole("dashboard-charts-wassenaar-kpis-whole-1280", 1280);
        whole("dashboard-charts-wassenaar-kpis-whole-375", 375);
        printed("dashboard-charts-wassenaar-kpis");

        chromium.open("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/voortgang");
        chromium.waitForTitle("Wassenaar");
        assertThat(chromium.driver.findElements(By.cssSelector("#dashboard ~ section figure.chart")))
                .isNotEmpty();
        chromium.assertAccessible("progress-report-dashboard");
        chromium.driver.findElement(By.id("dashboard")).getText();
        whole("progress-report-dashboard-whole-1280", 1280);
    }

    /** The whole page at a width, for a person to look at. */
    private void whole(String name, int width) throws Exception {
        ChromeDriver driver = (ChromeDriver) chromium.driver;
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 8000)));
        Files.write(
                Path.of("target/screenshots", name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** As the browser prints it: print media, A4 width; the page's chrome and filter hidden, the charts drawn. */
    private void printed(String name) throws Exception {
        ChromeDriver driver = (ChromeDriver) chromium.driver;
        driver.manage().window().setSize(new Dimension(800, 1100));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = driver;
            assertThat(js.executeScript(
                            "return [...document.querySelectorAll('.app-filter, .app-footer, .app-breadcrumb')]"
                                    + ".every(e => getComputedStyle(e).display === 'none')"))
                    .isEqualTo(true);
            assertThat(
                            js.executeScript(
                                    "return [...document.querySelectorAll('figure.chart svg.chart__svg')]"
                                            + ".every(s => s.getBoundingClientRect().width > 200 && s.getBoundingClientRect().right <= innerWidth)"))
                    .isEqualTo(true);
            assertThat(js.executeScript("return document.documentElement.scrollWidth <= innerWidth"))
                    .as(name + " is wider than the printed page")
                    .isEqualTo(true);
            Files.write(
                    Path.of("target/screenshots", name + "-print.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            whole(name + "-print-whole", 800);
            Map<String, Object> pdf = driver.executeCdpCommand(
                    "Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
            Files.write(
                    Path.of("target/screenshots", name + "-print.pdf"),
                    Base64.getDecoder().decode((String) pdf.get("data")));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
