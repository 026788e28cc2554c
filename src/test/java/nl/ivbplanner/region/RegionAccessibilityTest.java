package nl.ivbplanner.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium: a councillor signs in, follows the home page's link to the region and a partner; axe finds no WCAG
 * 2.1 A/AA violation. The browser package's Chromium helper is package-private, so this sets up the same browser.
 */
@IvbIntegrationTest
class RegionAccessibilityTest {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void regionAndPartnerPagesAreAccessible() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username"))
                .sendKeys("raadslid.westland", Keys.TAB, IvbIntegrationTest.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Gemeenten"));

        driver.findElement(By.linkText("Regio Haaglanden: de vier gemeenten naast elkaar")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Regio-overzicht"));
        assertNoViolations("region");

        driver.findElement(By.linkText("Politie")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Politie in de regio"));
        assertNoViolations("partner");
    }

    private static void assertNoViolations(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(page + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
