package nl.ivbplanner.region;

import java.time.Duration;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium: a councillor signs in, follows the home page's link to the region and a partner; axe finds no WCAG
 * 2.1 A/AA violation.
 */
@IvbIntegrationTest
class RegionAccessibilityBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void useItsDriver() {
        driver = chromium.driver;
    }

    @Test
    void regionAndPartnerPagesAreAccessible() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username"))
                .sendKeys("raadslid.westland", Keys.TAB, IvbIntegrationTest.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Gemeenten"));

        driver.findElement(By.linkText("Regio Haaglanden: de vier gemeenten naast elkaar"))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Regio-overzicht"));
        assertNoViolations("region");

        driver.findElement(By.linkText("Politie")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Politie in de regio"));
        assertNoViolations("partner");
    }

    private void assertNoViolations(String page) throws Exception {
        chromium.useServerPort(port);
        chromium.assertAccessible(page);
    }
}
