package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The advisor's year in one journey, keyboard only, in real Chromium: next year's concept from this year's plan, an
 * activity with a mistake corrected, a partner as trekker; then the manager adopts it. Axe checks every page.
 */
@IvbIntegrationTest
class PlanJourneyBrowserIT {

    private static final String FRAMEWORK = "/gemeenten/wassenaar/kaders/ivb-2024-2027";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeThePlanOf2027() {
        jdbc.sql("""
                delete from execution_plan where year = 2027 and framework_id =
                    (select id from policy_framework where slug = 'ivb-2024-2027')""").update();
    }

    @Test
    void advisorWritesNextYearsPlanAndTheManagerAdoptsIt() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        chromium.signIn("adviseur.wassenaar");

        chromium.open(FRAMEWORK);
        chromium.press(By.linkText("Nieuw uitvoeringsplan"));
        chromium.waitForTitle("Nieuw uitvoeringsplan");
        driver.findElement(By.id("jaar")).sendKeys("2027");
        driver.findElement(By.id("titel")).sendKeys("Uitvoeringsplan IVB 2027");
        driver.findElement(By.id("basis-VORIG_JAAR")).sendKeys(Keys.SPACE);
        chromium.assertAccessible("journey-1-new-plan");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("Uitvoeringsplan IVB 2027");
        assertThat(chromium.main()).contains("Concept", "11 activiteiten");
        chromium.assertAccessible("journey-2-plan-2027");

        chromium.press(By.linkText("Activiteit toevoegen"));
        chromium.waitForTitle("Activiteit toevoegen");
        driver.findElement(By.id("thema")).sendKeys("Leefbaarheid");
        assertThat(new Select(driver.findElement(By.id("thema")))
                        .getFirstSelectedOption()
                        .getText())
                .contains("Leefbaarheid");
        driver.findElement(By.id("doel")).sendKeys("Minder overlast van hangjongeren bij het Havenplein");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
        assertThat(driver.findElement(By.id("titel-fout")).getText()).isEqualTo("Vul de activiteit in.");
        assertThat(driver.findElement(By.id("doel")).getAttribute("value"))
                .isEqualTo("Minder overlast van hangjongeren bij het Havenplein");
        chromium.assertAccessible("journey-3-activity-error");
        chromium.press(By.cssSelector("#foutmeldingen a"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("titel");
        driver.switchTo().activeElement().sendKeys("Jongerenwerk op het Havenplein in de zomer");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "toegevoegd"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Jongerenwerk op het Havenplein in de zomer");
        chromium.assertAccessible("journey-4-activity");

        chromium.press(By.linkText("Partijen bewerken"));
        chromium.waitForTitle("Partijen bewerken");
        driver.findElement(By.id("partner")).sendKeys("Halt");
        driver.findElement(By.id("rol")).sendKeys(Keys.SPACE);
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "toegevoegd"));
        assertThat(chromium.main()).contains("Halt", "trekker");
        chromium.assertAccessible("journey-5-partners");

        chromium.signIn("manager.wassenaar");
        chromium.open(FRAMEWORK + "/plannen/2027");
        assertThat(chromium.main()).contains("Jongerenwerk op het Havenplein in de zomer", "Halt");
        chromium.press(By.linkText("Plan vaststellen"));
        chromium.waitForTitle("Plan vaststellen");
        driver.findElement(By.id("besluitdatum"))
                .sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        chromium.assertAccessible("journey-6-adopt");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "vastgesteld"));
        assertThat(chromium.main()).contains("Vastgesteld", "12 activiteiten").doesNotContain("Activiteit toevoegen");
        chromium.assertAccessible("journey-7-adopted");

        assertThat(jdbc.sql("""
                select p.state || ' ' || count(a.id) from execution_plan p join policy_framework f on f.id = p.framework_id
                left join activity a on a.plan_id = p.id where f.slug = 'ivb-2024-2027' and p.year = 2027 group by p.state""").query(String.class).single()).isEqualTo("VASTGESTELD 12");
    }

    @Test
    void filteringIsInstantWithHtmxAndTheFilterStaysInTheAddress() throws Exception {
        chromium.useServerPort(port);
        chromium.signIn("raadslid.wassenaar");
        chromium.open(FRAMEWORK + "/plannen/2025");
        String all = chromium.driver.findElement(By.id("filter-aantal")).getText();
        chromium.driver.findElement(By.id("zoek")).sendKeys("jongeren");
        chromium.wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("filter-aantal"), all)));
        chromium.wait.until(ExpectedConditions.urlContains("zoek=jongeren"));
        assertThat(chromium.driver.findElement(By.id("activiteiten-resultaat")).getText())
                .containsIgnoringCase("jongeren");
        // the form still submits without JavaScript: the same address gives the same result
        chromium.open(FRAMEWORK + "/plannen/2025?zoek=jongeren");
        assertThat(chromium.driver.findElement(By.id("filter-aantal")).getText())
                .isNotEqualTo(all);
        chromium.assertAccessible("plan-filtered");
    }
}
