package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Self-service administration, keyboard only, in real Chromium: the administrator adds a fifth municipality (a CBS
 * code typed wrong first) and publishes it; an advisor starts the next framework from the current one's themes and
 * makes its first concept plan; the manager records the council's adoption. Axe checks every page.
 */
@IvbIntegrationTest
class AdministrationJourneyBrowserIT {

    private static final String CONCEPT = "/gemeenten/wassenaar/kaders/ivb-2028-2031";
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

    /** The context is shared with the other tests: what the journey made goes again (themes go with the framework). */
    @AfterEach
    void removeWhatTheJourneyMade() {
        jdbc.sql("""
                delete from execution_plan where framework_id in (select id from policy_framework where slug = 'ivb-2028-2031')""").update();
        jdbc.sql("delete from policy_framework where slug = 'ivb-2028-2031'").update();
        // its lines in the administrators' log refer to it
        jdbc.sql("""
                delete from admin_log where municipality_id in (select id from municipality where slug = 'voorschoten')""").update();
        jdbc.sql("delete from municipality where slug = 'voorschoten'").update();
    }

    @Test
    void theAdministratorAddsAMunicipalityAndAnAdvisorStartsTheNextPolicyPeriod() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        chromium.signIn("beheerder");

        chromium.press(By.linkText("Nieuwe gemeente toevoegen"));
        chromium.waitForTitle("Nieuwe gemeente");
        driver.findElement(By.id("naam")).sendKeys("Voorschoten");
        driver.findElement(By.id("webnaam")).sendKeys("voorschoten");
        driver.findElement(By.id("cbscode")).sendKeys("GM626");
        driver.findElement(By.id("veiligheidsregio")).sendKeys("Veiligheidsregio Haaglanden");
        chromium.assertAccessible("admin-1-new-municipality");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
        assertThat(driver.findElement(By.id("cbscode-fout")).getText())
                .isEqualTo("Een CBS-code is GM met vier cijfers, bijvoorbeeld GM0626.");
        chromium.assertAccessible("admin-2-cbs-code-error");
        chromium.press(By.cssSelector("#foutmeldingen a"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("cbscode");
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "GM0626");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("Gemeente Voorschoten");
        assertThat(chromium.main())
                .contains("De gemeente is toegevoegd.", "Er zijn nog geen beleidskaders vastgelegd.");
        chromium.assertAccessible("admin-3-municipality");

        chromium.press(By.partialLinkText("Openbaar publiceren: uit"));
        chromium.waitForTitle("Openbaar publiceren");
        driver.findElement(By.id("openbaar")).sendKeys(Keys.SPACE);
        chromium.assertAccessible("admin-4-publication");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("Gemeente Voorschoten");
        assertThat(chromium.main()).contains("Openbaar publiceren: aan");

        chromium.signIn("adviseur.wassenaar");
        chromium.open("/gemeenten/wassenaar");
        chromium.press(By.linkText("Nieuw beleidskader"));
        chromium.waitForTitle("Nieuw beleidskader");
        driver.findElement(By.id("titel")).sendKeys("IVB 2028-2031");
        driver.findElement(By.id("eerstejaar")).sendKeys("2028");
        driver.findElement(By.id("laatstejaar")).sendKeys("2031");
        driver.findElement(By.id("missie")).sendKeys("Wassenaar is en voelt veilig.");
        driver.findElement(By.id("themasvan")).sendKeys("Integraal");
        chromium.assertAccessible("admin-5-new-framework");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("IVB 2028-2031");
        assertThat(chromium.main()).contains("Concept", "Wassenaar is en voelt veilig.", "Leefbaarheid");
        chromium.assertAccessible("admin-6-concept-framework");

        // its own chapters, on the same editor as a plan's texts; an empty one is explained first
        chromium.press(By.linkText("Hoofdstukken en teksten bewerken"));
        chromium.waitForTitle("Hoofdstukken en teksten");
        assertThat(chromium.main()).contains("Dit beleidskader heeft nog geen hoofdstukken of teksten.");
        chromium.press(By.linkText("Tekst toevoegen"));
        chromium.waitForTitle("Tekst toevoegen");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
        assertThat(driver.findElement(By.id("kop-fout")).getText())
                .isEqualTo("Vul een kop of een tekst in (of allebei).");
        chromium.assertAccessible("admin-6a-framework-text-error");
        driver.findElement(By.id("kop")).sendKeys("Inleiding");
        driver.findElement(By.id("tekst")).sendKeys("Het kader voor de jaren 2028 tot en met 2031.");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "toegevoegd"));
        assertThat(chromium.main()).contains("Inleiding");
        chromium.assertAccessible("admin-6b-framework-texts");
        chromium.press(By.linkText("Terug naar het beleidskader"));
        chromium.waitForTitle("IVB 2028-2031");
        assertThat(chromium.main()).contains("Het kader voor de jaren 2028 tot en met 2031.");

        chromium.press(By.linkText("Nieuw uitvoeringsplan"));
        chromium.waitForTitle("Nieuw uitvoeringsplan");
        driver.findElement(By.id("jaar")).sendKeys("2028");
        driver.findElement(By.id("titel")).sendKeys("Uitvoeringsplan IVB 2028");
        driver.findElement(By.id("basis-LEEG")).sendKeys(Keys.SPACE);
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("Uitvoeringsplan IVB 2028");
        assertThat(chromium.main()).contains("Concept");
        chromium.assertAccessible("admin-7-first-plan");

        chromium.signIn("manager.wassenaar");
        chromium.open(CONCEPT);
        chromium.press(By.linkText("Vaststelling door de gemeenteraad vastleggen"));
        chromium.waitForTitle("Beleidskader vaststellen");
        driver.findElement(By.id("besluitdatum"))
                .sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        chromium.assertAccessible("admin-8-adopt-framework");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "vastgesteld"));
        assertThat(chromium.main())
                .contains("Vastgesteld door de gemeenteraad")
                .contains("Het kader voor de jaren 2028 tot en met 2031.")
                .doesNotContain("Beleidskader bewerken")
                .doesNotContain("Hoofdstukken en teksten bewerken");
        chromium.assertAccessible("admin-9-adopted-framework");

        assertThat(jdbc.sql("""
                        select f.state || ' ' || count(p.id) from policy_framework f
                        left join execution_plan p on p.framework_id = f.id where f.slug = 'ivb-2028-2031' group by f.state""").query(String.class).single()).isEqualTo("VASTGESTELD 1");
    }
}
