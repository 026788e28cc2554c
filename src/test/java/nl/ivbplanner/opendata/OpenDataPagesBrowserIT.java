package nl.ivbplanner.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public index and the open data page in real Chromium, without signing in: the index leads to the page, and axe
 * finds no WCAG 2.1 A/AA violation on either, in Dutch and in English.
 */
@IvbIntegrationTest
class OpenDataPagesBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @BeforeEach
    void pointAtServer() {
        chromium.useServerPort(port);
    }

    @Test
    void theIndexLeadsToTheOpenDataPageAndBothAreAccessible() throws Exception {
        chromium.driver.manage().deleteAllCookies();
        chromium.open("/openbaar/wassenaar");
        chromium.waitForTitle("Openbare documenten van de gemeente Wassenaar");
        chromium.assertAccessible("public-index");

        chromium.press(By.linkText("Welke bestanden er zijn en wat elk veld betekent"));
        chromium.waitForTitle("Open data van de gemeente Wassenaar");
        assertThat(chromium.main()).contains("kernbeleid_veld", "Veld Kernbeleid Veiligheid", "peildatum");
        chromium.assertAccessible("open-data");

        chromium.open("/openbaar/wassenaar/open-data?lang=en");
        chromium.waitForTitle("Open data of the municipality of Wassenaar");
        chromium.assertAccessible("open-data-en");
    }
}
