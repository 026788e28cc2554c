package nl.ivbplanner.budget;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real Chromium: the KPI, budget and formation editors of Rijswijk's concept plan, also with validation errors,
 * have no WCAG 2.1 A/AA violation that axe finds. Only refused posts are sent, so nothing changes.
 */
@IvbIntegrationTest
class PlanPartEditorsAccessibilityBrowserIT {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void useItsDriver() {
        driver = chromium.driver;
    }

    @Test
    void theEditorsAndTheirErrorsAreAccessible() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username"))
                .sendKeys("adviseur.rijswijk", Keys.TAB, IvbIntegrationTest.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Gemeenten"));

        driver.get(url(PLAN));
        driver.findElement(By.linkText("KPI's")).click();
        wait.until(ExpectedConditions.titleContains("KPI's"));
        assertNoViolations("kpi-list");
        driver.findElement(By.linkText("KPI toevoegen")).click();
        wait.until(ExpectedConditions.titleContains("KPI toevoegen"));
        assertNoViolations("kpi-new");
        driver.findElement(By.id("soort-MILESTONE")).click();
        driver.findElement(By.id("streefwaarde")).sendKeys("veel");
        driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
        assertThat(driver.findElement(By.id("streefwaarde-fout")).getText()).startsWith("Vul een getal in");
        assertNoViolations("kpi-new-errors");
        driver.get(url(PLAN + "/kpis/" + firstKpi() + "/bewerken"));
        wait.until(ExpectedConditions.titleContains("KPI bewerken"));
        assertNoViolations("kpi-edit");
        driver.get(url(PLAN + "/kpis/" + firstKpi() + "/verwijderen"));
        assertNoViolations("kpi-delete");

        driver.get(url(PLAN + "/begroting"));
        wait.until(ExpectedConditions.titleContains("Begroting"));
        assertNoViolations("budget");
        driver.findElement(By.cssSelector("main .app-table-actions a")).click();
        wait.until(ExpectedConditions.titleContains("Regel toevoegen"));
        driver.findElement(By.id("bedrag")).sendKeys("-5");
        driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
        assertNoViolations("budget-line-errors");
        driver.findElement(By.id("bedrag")).clear();
        driver.findElement(By.id("bedrag")).sendKeys("150.000.000");
        driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bedragBevestigd")));
        assertNoViolations("budget-line-implausible");
        driver.get(url(PLAN + "/begroting/tabellen/nieuw"));
        assertNoViolations("budget-table-new");

        driver.get(url(PLAN + "/formatie"));
        wait.until(ExpectedConditions.titleContains("Formatie"));
        assertNoViolations("formation");
        driver.findElement(By.cssSelector("main table a")).click();
        wait.until(ExpectedConditions.titleContains("Regel bewerken"));
        driver.findElement(By.id("fteBestaand")).clear();
        driver.findElement(By.id("fteBestaand")).sendKeys("1,255");
        driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
        assertNoViolations("formation-line-errors");
    }

    private long firstKpi() {
        return jdbc.sql("""
                select k.id from kpi k join execution_plan p on p.id = k.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 order by k.position limit 1""").query(Long.class).single();
    }

    private void assertNoViolations(String name) throws Exception {
        chromium.useServerPort(port);
        chromium.assertAccessible(name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
