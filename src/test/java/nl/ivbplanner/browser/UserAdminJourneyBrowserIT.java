package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyboard only, in real Chromium: the administrator creates an advisor for Wassenaar and reads the temporary password
 * once; the advisor signs in with it, is sent to the password page, is refused a common password and then chooses
 * their own, and reaches the application. Axe checks every page.
 */
@IvbIntegrationTest
class UserAdminJourneyBrowserIT {

    private static final String USERNAME = "adviseur2.wassenaar";
    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startChromium() throws Exception {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void removeTheNewAccount() {
        jdbc.sql("delete from admin_log").update();
        jdbc.sql("delete from app_user where username = ?").param(USERNAME).update();
    }

    @Test
    void anAdministratorCreatesAnAdvisorWhoChoosesTheirOwnPasswordAtTheFirstSignIn() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        chromium.signIn("beheerder");
        chromium.press(By.linkText("Beheer"));
        chromium.waitForTitle("Gebruikers");
        chromium.assertAccessible("users-1-list");
        driver.findElement(By.id("zoek")).sendKeys("wassenaar", Keys.ENTER);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "3 gebruikers"));

        chromium.press(By.linkText("Gebruiker toevoegen"));
        chromium.waitForTitle("Nieuwe gebruiker");
        chromium.assertAccessible("users-2-new");
        driver.findElement(By.id("naam")).sendKeys("Tweede adviseur Wassenaar");
        driver.findElement(By.id("email")).sendKeys("geen-adres");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(USERNAME);
        new Select(driver.findElement(By.id("gemeente"))).selectByVisibleText("Wassenaar");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(Keys.ENTER);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("foutmeldingen"), "Vul een geldig e-mailadres in"));
        chromium.assertAccessible("users-3-new-error");
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys("adviseur2@wassenaar.nl", Keys.ENTER);
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Tijdelijk wachtwoord"));
        String temporary =
                driver.findElement(By.cssSelector(".app-temporary-password")).getText();
        assertThat(temporary).hasSize(16);
        chromium.assertAccessible("users-4-created");

        driver.manage().deleteAllCookies();
        chromium.open("/login");
        driver.findElement(By.id("username")).sendKeys(USERNAME, Keys.TAB, temporary, Keys.ENTER);
        chromium.waitForTitle("Wachtwoord wijzigen");
        assertThat(chromium.main()).contains("U bent ingelogd met een tijdelijk wachtwoord");
        chromium.assertAccessible("users-5-must-change");
        chromium.open("/gemeenten/wassenaar");
        chromium.waitForTitle("Wachtwoord wijzigen");

        driver.findElement(By.id("huidig")).sendKeys(temporary);
        driver.findElement(By.id("nieuw")).sendKeys("administrator");
        driver.findElement(By.id("herhaling")).sendKeys("administrator", Keys.ENTER);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("foutmeldingen"), "veelgebruikte wachtwoorden"));
        chromium.assertAccessible("users-6-password-error");
        driver.findElement(By.id("huidig")).sendKeys(temporary);
        driver.findElement(By.id("nieuw")).sendKeys("drie groene fietsen in de duinen");
        driver.findElement(By.id("herhaling")).sendKeys("drie groene fietsen in de duinen", Keys.ENTER);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "Uw wachtwoord is gewijzigd"));
        chromium.open("/gemeenten/wassenaar");
        chromium.waitForTitle("Wassenaar");
        chromium.assertAccessible("users-7-signed-in");

        chromium.signIn("beheerder");
        chromium.open("/beheer/logboek");
        chromium.waitForTitle("Logboek");
        assertThat(chromium.main()).contains("Gebruiker aangemaakt", "Eigen wachtwoord gewijzigd", USERNAME);
        chromium.assertAccessible("users-8-log");
    }
}
