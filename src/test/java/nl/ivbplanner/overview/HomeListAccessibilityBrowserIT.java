package nl.ivbplanner.overview;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real Chromium: with more than twenty municipalities an administrator follows the header's "Gemeente kiezen" to the
 * home page's list, searches it with the keyboard, and axe finds no WCAG 2.1 A/AA violation on the list, a result or
 * the message that nothing matched. The municipalities are committed (the browser's requests are other transactions)
 * and removed afterwards.
 */
@IvbIntegrationTest
class HomeListAccessibilityBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListOfManyMunicipalitiesAndItsSearchAreAccessible() throws Exception {
        chromium.useServerPort(port);
        jdbc.sql("""
                insert into municipality (slug, name, cbs_code, safety_region)
                select 'toegankelijk-' || n, 'Toegankelijkgemeente ' || lpad(n::text, 2, '0'), 'GM' || (9800 + n),
                       'Veiligheidsregio Toegankelijk'
                from generate_series(1, 25) n""").update();
        try {
            chromium.signIn("beheerder");
            chromium.open("/regio");
            chromium.waitForTitle("Regio-overzicht");
            chromium.press(By.id("gemeente-kiezen"));
            chromium.wait.until(d -> d.findElements(By.id("zoek")).size() == 1);
            chromium.assertAccessible("home-many");

            chromium.driver.findElement(By.id("zoek")).sendKeys("toegankelijkgemeente 07", Keys.ENTER);
            chromium.wait.until(d -> d.getCurrentUrl().contains("zoek="));
            assertThat(chromium.main()).contains("Toegankelijkgemeente 07").doesNotContain("Toegankelijkgemeente 08");
            chromium.assertAccessible("home-many-found");

            chromium.driver.findElement(By.id("zoek")).clear();
            chromium.driver.findElement(By.id("zoek")).sendKeys("Zwolle", Keys.ENTER);
            chromium.wait.until(d -> d.getCurrentUrl().contains("Zwolle"));
            assertThat(chromium.main()).contains("Geen gemeente gevonden bij ‘Zwolle’");
            chromium.assertAccessible("home-many-none");
        } finally {
            jdbc.sql("delete from municipality where slug like 'toegankelijk-%'")
                    .update();
        }
    }
}
