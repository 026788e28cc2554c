package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An advisor makes an API key with the keyboard, copies it from the page that shows it once, uses it, and revokes it;
 * axe on every step.
 */
@IvbIntegrationTest
class ApiKeysBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeKeys() {
        jdbc.sql("delete from api_key").update();
    }

    @Test
    void anAdvisorMakesUsesAndRevokesAKey() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        chromium.signIn("adviseur.rijswijk");
        chromium.press(By.linkText("API-sleutels"));
        chromium.waitForTitle("API-sleutels");
        chromium.assertAccessible("apikeys-1-empty");

        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("naam-fout"), "Geef de sleutel"));
        chromium.assertAccessible("apikeys-2-no-name");

        driver.findElement(By.id("naam")).sendKeys("Koppeling politiecijfers", Keys.ENTER);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sleutel")));
        chromium.assertAccessible("apikeys-3-shown-once");
        String key = driver.findElement(By.id("sleutel")).getAttribute("value");
        assertThat(key).startsWith("ivb_");
        assertThat(chromium.main()).contains("Koppeling politiecijfers", "Rijswijk, als beleidsadviseur", "nooit");

        assertThat(status("/api/v1/gemeenten/rijswijk", key)).isEqualTo(200);
        chromium.open("/api-sleutels");
        assertThat(chromium.main()).doesNotContain(key).doesNotContain("nooit");

        chromium.press(By.cssSelector("button[aria-label=\"Sleutel 'Koppeling politiecijfers' intrekken\"]"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "ingetrokken"));
        chromium.assertAccessible("apikeys-4-revoked");
        assertThat(status("/api/v1/gemeenten/rijswijk", key)).isEqualTo(401);
    }

    private int status(String path, String key) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + key)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
