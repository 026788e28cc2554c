package nl.ivbplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI at /api/docs works in a real browser under the application's Content-Security-Policy: its scripts run,
 * fetch the description and list the operations, and its style sheet applies.
 */
@IvbIntegrationTest
class SwaggerUiBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Test
    void listsTheOperationsStyledAndTriesOneOut() throws Exception {
        chromium.useServerPort(port);
        chromium.open("/api/docs");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-path='/api/v1/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}']")));
        Files.write(
                Path.of("target/screenshots/swagger-ui.png"),
                ((TakesScreenshot) chromium.driver).getScreenshotAs(OutputType.BYTES));
        assertThat(chromium.driver
                        .findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getText())
                .contains("IVB Planner API");
        // swagger-ui.css lays an operation's summary out as a flex row; without the style sheet it is a block
        assertThat(chromium.driver
                        .findElement(By.cssSelector(".swagger-ui .opblock .opblock-summary"))
                        .getCssValue("display"))
                .isEqualTo("flex");

        // a request from the page itself: the policy lets it fetch from its own origin
        WebElement list = chromium.driver.findElement(By.id("operations-Gemeenten-municipalities"));
        list.findElement(By.cssSelector(".opblock-summary-control")).click();
        chromium.wait
                .until(ExpectedConditions.elementToBeClickable(list.findElement(By.cssSelector(".try-out__btn"))))
                .click();
        list.findElement(By.cssSelector(".execute")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#operations-Gemeenten-municipalities .live-responses-table"), "wassenaar"));
        Files.write(
                Path.of("target/screenshots/swagger-ui-tried.png"),
                ((TakesScreenshot) chromium.driver).getScreenshotAs(OutputType.BYTES));
        // the policy refuses one inline style of the bundle, which changes nothing seen; never a script or a request
        assertThat(chromium.driver.manage().logs().get("browser").getAll())
                .extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("script-src") || message.contains("connect-src"));
    }
}
