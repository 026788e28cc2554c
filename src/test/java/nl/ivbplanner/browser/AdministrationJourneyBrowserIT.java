package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18's journey, keyboard only, in real Chromium, with axe on every page: the global administrator adds a fifth
 * municipality (a CBS code typed wrong first) and publishes it, then creates its advisor (a wrong e-mail address first)
 * and its manager, reading each temporary password once. The advisor signs in with it, must change it (a common
 * password is refused), creates the framework IVB 2027-2030 and its first concept plan; the manager, also at their
 * first sign-in, records the council's adoption. The administrator's log names all of it.
 */
@IvbIntegrationTest
class AdministrationJourneyBrowserIT {

    private static final String ADVISOR = "adviseur.voorschoten";
    private static final String MANAGER = "manager.voorschoten";
    private static final String FRAMEWORK = "/gemeenten/voorschoten/kaders/ivb-2027-2030";
    private static final By SUBMIT = By.cssSelector("button[type=submit].utrecht-button--primary-action");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * The context is shared with the other tests: what the journey made goes again, in the order of the foreign keys
     * (log lines point at the municipality and at the new accounts; themes go with the framework).
     */
    @AfterEach
    void removeWhatTheJourneyMade() {
        jdbc.sql("""
                delete from admin_log where municipality_id in (select id from municipality where slug = 'voorschoten')
                or actor_id in (select id from app_user where username in (?, ?))""").params(ADVISOR, MANAGER).update();
        jdbc.sql("""
                delete from execution_plan where framework_id in (select f.id from policy_framework f
                join municipality m on m.id = f.municipality_id where m.slug = 'voorschoten')""").update();
        jdbc.sql("""
                delete from policy_framework
                where municipality_id in (select id from municipality where slug = 'voorschoten')""").update();
        jdbc.sql("delete from app_user where username in (?, ?)")
                .params(ADVISOR, MANAGER)
                .update();
        jdbc.sql("delete from municipality where slug = 'voorschoten'").update();
    }

    @Test
    void theAdministratorSetsUpAMunicipalityAndItsAdvisorStartsTheNextPolicyPeriod() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        chromium.signIn("beheerder");

        // the municipality
        chromium.press(By.linkText("Nieuwe gemeente toevoegen"));
        chromium.waitForTitle("Nieuwe gemeente");
        driver.findElement(By.id("naam")).sendKeys("Voorschoten");
        driver.findElement(By.id("webnaam")).sendKeys("voorschoten");
        driver.findElement(By.id("cbscode")).sendKeys("GM626");
        driver.findElement(By.id("veiligheidsregio")).sendKeys("Veiligheidsregio Haaglanden");
        chromium.assertAccessible("journey-01-new-municipality");
        chromium.press(SUBMIT);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
        assertThat(driver.findElement(By.id("cbscode-fout")).getText())
                .isEqualTo("Een CBS-code is GM met vier cijfers, bijvoorbeeld GM0626.");
        assertThat(driver.findElement(By.id("naam")).getAttribute("value")).isEqualTo("Voorschoten");
        chromium.assertAccessible("journey-02-cbs-code-error");
        chromium.press(By.cssSelector("#foutmeldingen a"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("cbscode");
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "GM0626");
        chromium.press(SUBMIT);
        chromium.waitForTitle("Gemeente Voorschoten");
        assertThat(chromium.main())
                .contains("De gemeente is toegevoegd.", "Er zijn nog geen beleidskaders vastgelegd.");
        chromium.assertAccessible("journey-03-municipality");

        chromium.press(By.partialLinkText("Openbaar publiceren: uit"));
        chromium.waitForTitle("Openbaar publiceren");
        driver.findElement(By.id("openbaar")).sendKeys(Keys.SPACE);
        chromium.assertAccessible("journey-04-publication");
        chromium.press(SUBMIT);
        chromium.waitForTitle("Gemeente Voorschoten");
        assertThat(chromium.main()).contains("Openbaar publiceren: aan");

        // its advisor and its manager
        chromium.press(By.linkText("Beheer"));
        chromium.waitForTitle("Gebruikers");
        chromium.assertAccessible("journey-05-users");
        chromium.press(By.linkText("Gebruiker toevoegen"));
        chromium.waitForTitle("Nieuwe gebruiker");
        driver.findElement(By.id("naam")).sendKeys("Adviseur Voorschoten");
        driver.findElement(By.id("email")).sendKeys("geen-adres");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(ADVISOR);
        choose("rol", "beleidsadviseur");
        choose("gemeente", "Voorschoten");
        chromium.assertAccessible("journey-06-new-user");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(Keys.ENTER);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("foutmeldingen"), "Vul een geldig e-mailadres in"));
        assertThat(new Select(driver.findElement(By.id("gemeente")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Voorschoten");
        chromium.assertAccessible("journey-07-new-user-error");
        driver.findElement(By.id("email"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "adviseur@voorschoten.nl", Keys.ENTER);
        String advisorPassword = temporaryPassword();
        assertThat(chromium.main()).contains("beleidsadviseur", "Voorschoten");
        chromium.assertAccessible("journey-08-advisor-created");

        chromium.press(By.linkText("Beheer"));
        chromium.waitForTitle("Gebruikers");
        chromium.press(By.linkText("Gebruiker toevoegen"));
        chromium.waitForTitle("Nieuwe gebruiker");
        driver.findElement(By.id("naam")).sendKeys("Leidinggevende Voorschoten");
        driver.findElement(By.id("email")).sendKeys("manager@voorschoten.nl");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(MANAGER);
        choose("rol", "leidinggevende");
        choose("gemeente", "Voorschoten");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(Keys.ENTER);
        String managerPassword = temporaryPassword();
        assertThat(chromium.main()).contains("leidinggevende", "Voorschoten");

        chromium.press(By.linkText("Beheer"));
        chromium.waitForTitle("Gebruikers");
        driver.findElement(By.id("zoek")).sendKeys("voorschoten", Keys.ENTER);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "2 gebruikers"));
        assertThat(chromium.main()).contains("Adviseur Voorschoten", "Leidinggevende Voorschoten");
        chromium.assertAccessible("journey-09-users-found");

        // the advisor's first sign-in: the temporary password must go, a common one is refused
        signInForTheFirstTime(ADVISOR, advisorPassword, true, "journey-10");
        chromium.press(By.linkText("Voorschoten"));
        chromium.waitForTitle("Voorschoten");
        chromium.assertAccessible("journey-11-municipality-as-advisor");

        // the framework and its first concept plan
        chromium.press(By.linkText("Nieuw beleidskader"));
        chromium.waitForTitle("Nieuw beleidskader");
        driver.findElement(By.id("titel")).sendKeys("IVB 2027-2030");
        driver.findElement(By.id("eerstejaar")).sendKeys("2027");
        driver.findElement(By.id("laatstejaar")).sendKeys("2030");
        driver.findElement(By.id("missie")).sendKeys("Voorschoten is en voelt veilig.");
        chromium.assertAccessible("journey-12-new-framework");
        chromium.press(SUBMIT);
        chromium.waitForTitle("IVB 2027-2030");
        assertThat(driver.getCurrentUrl()).endsWith(FRAMEWORK);
        assertThat(chromium.main()).contains("Concept", "Voorschoten is en voelt veilig.");
        chromium.assertAccessible("journey-13-concept-framework");

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
        chromium.assertAccessible("journey-13a-framework-text-error");
        driver.findElement(By.id("kop")).sendKeys("Inleiding");
        driver.findElement(By.id("tekst")).sendKeys("Het kader voor de jaren 2027 tot en met 2030.");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "toegevoegd"));
        assertThat(chromium.main()).contains("Inleiding");
        chromium.assertAccessible("journey-13b-framework-texts");
        chromium.press(By.linkText("Terug naar het beleidskader"));
        chromium.waitForTitle("IVB 2027-2030");
        assertThat(chromium.main()).contains("Het kader voor de jaren 2027 tot en met 2030.");

        chromium.press(By.linkText("Nieuw uitvoeringsplan"));
        chromium.waitForTitle("Nieuw uitvoeringsplan");
        driver.findElement(By.id("jaar")).sendKeys("2027");
        driver.findElement(By.id("titel")).sendKeys("Uitvoeringsplan IVB 2027");
        driver.findElement(By.id("basis-LEEG")).sendKeys(Keys.SPACE);
        chromium.assertAccessible("journey-14-new-plan");
        chromium.press(SUBMIT);
        chromium.waitForTitle("Uitvoeringsplan IVB 2027");
        assertThat(chromium.main()).contains("Concept");
        chromium.assertAccessible("journey-15-first-plan");

        // the manager's first sign-in, then the council's adoption
        signInForTheFirstTime(MANAGER, managerPassword, false, "journey-16");
        chromium.press(By.linkText("Voorschoten"));
        chromium.waitForTitle("Voorschoten");
        chromium.press(By.linkText("IVB 2027-2030"));
        chromium.waitForTitle("IVB 2027-2030");
        chromium.press(By.linkText("Vaststelling door de gemeenteraad vastleggen"));
        chromium.waitForTitle("Beleidskader vaststellen");
        // the council met today, a Dutch day (after 23:00 UTC it is already tomorrow in the Netherlands)
        String councilDate = LocalDate.now(DutchTime.ZONE).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        driver.findElement(By.id("besluitdatum")).sendKeys(councilDate);
        chromium.assertAccessible("journey-17-adopt-framework");
        chromium.press(SUBMIT);
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "vastgesteld"));
        assertThat(chromium.main())
                .contains("Vastgesteld door de gemeenteraad")
                .contains("Het kader voor de jaren 2027 tot en met 2030.")
                .doesNotContain("Beleidskader bewerken")
                .doesNotContain("Hoofdstukken en teksten bewerken");
        chromium.assertAccessible("journey-18-adopted-framework");

        assertThat(jdbc.sql("""
                        select f.state || ' ' || count(p.id) || ' ' || string_agg(p.state, ',') from policy_framework f
                        join municipality m on m.id = f.municipality_id
                        left join execution_plan p on p.framework_id = f.id
                        where m.slug = 'voorschoten' and f.slug = 'ivb-2027-2030' group by f.state""").query(String.class).single()).isEqualTo("VASTGESTELD 1 CONCEPT");

        // the administrator's log names every step, each with the new municipality
        chromium.signIn("beheerder");
        chromium.press(By.linkText("Beheer"));
        chromium.waitForTitle("Gebruikers");
        chromium.press(By.linkText("Logboek van het beheer"));
        chromium.waitForTitle("Logboek");
        List<String> voorschoten = driver.findElements(By.cssSelector("main tbody tr")).stream()
                .map(AdministrationJourneyBrowserIT::cells)
                .filter(row -> row.contains("| Voorschoten |"))
                .toList();
        assertThat(voorschoten)
                .anyMatch(row -> row.contains("| Gemeente aangemaakt | Voorschoten |"))
                .anyMatch(row -> row.contains("| Openbaar publiceren omgezet | Voorschoten |"))
                .anyMatch(row -> row.contains("| beheerder | Gebruiker aangemaakt | " + ADVISOR
                        + " | Voorschoten | beleidsadviseur, Voorschoten |"))
                .anyMatch(row -> row.contains("| beheerder | Gebruiker aangemaakt | " + MANAGER
                        + " | Voorschoten | leidinggevende, Voorschoten |"))
                .anyMatch(row -> row.contains("| Eigen wachtwoord gewijzigd | " + ADVISOR + " |"))
                .anyMatch(row -> row.contains("| Eigen wachtwoord gewijzigd | " + MANAGER + " |"))
                .anyMatch(row -> row.contains("| Beleidskader aangemaakt | IVB 2027-2030 |"))
                .anyMatch(row -> row.contains(
                        "| Beleidskader vastgesteld | IVB 2027-2030 | Voorschoten | raad " + councilDate + " |"));
        chromium.assertAccessible("journey-19-log");
    }

    /** Picks an option the keyboard way: focus the list and type the start of the option's text. */
    private void choose(String selectId, String optionText) {
        WebElement select = chromium.driver.findElement(By.id(selectId));
        select.sendKeys(optionText);
        assertThat(new Select(select).getFirstSelectedOption().getText()).isEqualTo(optionText);
    }

    /** The new account's page shows its temporary password once. */
    private String temporaryPassword() {
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Tijdelijk wachtwoord"));
        String temporary = chromium.driver
                .findElement(By.cssSelector(".app-temporary-password"))
                .getText();
        assertThat(temporary).hasSize(16);
        return temporary;
    }

    /**
     * Signs in with the temporary password: every page leads to the password page until the user chose their own; a
     * common password is refused there. Ends on the start page.
     */
    private void signInForTheFirstTime(String username, String temporary, boolean tryACommonOne, String screenshot)
            throws Exception {
        var driver = chromium.driver;
        driver.manage().deleteAllCookies();
        chromium.open("/login");
        driver.findElement(By.id("username")).sendKeys(username, Keys.TAB, temporary, Keys.ENTER);
        chromium.waitForTitle("Wachtwoord wijzigen");
        assertThat(chromium.main()).contains("U bent ingelogd met een tijdelijk wachtwoord");
        chromium.assertAccessible(screenshot + "-must-change");
        chromium.open("/gemeenten/voorschoten");
        chromium.waitForTitle("Wachtwoord wijzigen");

        if (tryACommonOne) {
            driver.findElement(By.id("huidig")).sendKeys(temporary);
            driver.findElement(By.id("nieuw")).sendKeys("administrator");
            driver.findElement(By.id("herhaling")).sendKeys("administrator", Keys.ENTER);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("foutmeldingen"), "veelgebruikte wachtwoorden"));
            chromium.assertAccessible(screenshot + "-password-error");
        }
        String own = "drie groene fietsen in " + username;
        driver.findElement(By.id("huidig")).sendKeys(temporary);
        driver.findElement(By.id("nieuw")).sendKeys(own);
        driver.findElement(By.id("herhaling")).sendKeys(own, Keys.ENTER);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "Uw wachtwoord is gewijzigd"));
        chromium.waitForTitle("Gemeenten");
    }

    /** A log row as "| cell | cell |", so that a check names whole cells. */
    private static String cells(WebElement row) {
        StringBuilder text = new StringBuilder("|");
        for (WebElement cell : row.findElements(By.tagName("td"))) {
            text.append(' ').append(cell.getText()).append(" |");
        }
        return text.toString();
    }
}
