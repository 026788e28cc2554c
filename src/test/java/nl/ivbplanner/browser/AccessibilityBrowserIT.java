package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real Chromium: an advisor signs in with the keyboard, opens the municipality page; axe finds no WCAG 2.1 A/AA violation. */
@IvbIntegrationTest
class AccessibilityBrowserIT {

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

    @BeforeEach
    void pointAtServer() {
        chromium.useServerPort(port);
    }

    @Test
    void advisorSignsInWithTheKeyboardAndEveryPageIsAccessible() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.manage().deleteAllCookies();
        driver.get(url("/gemeenten/wassenaar"));
        wait.until(ExpectedConditions.titleContains("Inloggen"));
        assertNoViolations("login");

        driver.findElement(By.id("username"))
                .sendKeys("adviseur.wassenaar", Keys.TAB, IvbIntegrationTest.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Gemeente Wassenaar"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Gemeente Wassenaar");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Integraal Veiligheidsbeleid (IVB) 2024-2027", "Geëvalueerd");
        assertNoViolations("municipality");

        driver.findElement(By.linkText("2025")).click();
        wait.until(ExpectedConditions.titleContains("Uitvoeringsplan Integraal Veiligheidsbeleid 2025"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Gereed", "Op schema 2026/2027");
        assertNoViolations("plan");

        driver.findElement(By.cssSelector("main table a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("geschiedenis")));
        assertNoViolations("activity");

        driver.get(url("/gemeenten/wassenaar/kaders/ivb-2024-2027"));
        wait.until(ExpectedConditions.titleContains("Integraal Veiligheidsbeleid (IVB) 2024-2027"));
        assertNoViolations("framework");

        driver.findElement(By.linkText("Nieuw uitvoeringsplan")).click();
        wait.until(ExpectedConditions.titleContains("Nieuw uitvoeringsplan"));
        assertNoViolations("new-plan");

        driver.get(url("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026"));
        driver.findElement(By.linkText("Activiteit toevoegen")).click();
        wait.until(ExpectedConditions.titleContains("Activiteit toevoegen"));
        assertNoViolations("new-activity");

        driver.get(url("/"));
        wait.until(ExpectedConditions.titleContains("Gemeenten"));
        assertNoViolations("home");

        driver.get(url("/toegankelijkheid"));
        wait.until(ExpectedConditions.titleContains("Toegankelijkheidsverklaring"));
        assertNoViolations("accessibility");

        driver.get(url("/gemeenten/rijswijk"));
        wait.until(ExpectedConditions.titleContains("Geen toegang"));
        assertNoViolations("403");
    }

    @Test
    void advisorCorrectsAValidationErrorAndSavesAnActivity() throws Exception {
        long id = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.state = 'CONCEPT'""").query(Long.class).single();
        String title = jdbc.sql("select title from activity where id = ?")
                .param(id)
                .query(String.class)
                .single();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        signIn("adviseur.wassenaar", wait);
        try {
            driver.get(url("/gemeenten/wassenaar/activiteiten/" + id));
            driver.findElement(By.linkText("Activiteit bewerken")).click();
            wait.until(ExpectedConditions.titleContains("Activiteit bewerken"));
            assertNoViolations("activity-form");

            driver.findElement(By.id("titel")).clear();
            driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
            assertThat(driver.findElement(By.id("titel-fout")).getText()).isEqualTo("Vul de activiteit in.");
            assertNoViolations("activity-form-error");

            driver.findElement(By.cssSelector("#foutmeldingen a")).sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("titel");
            driver.switchTo().activeElement().sendKeys(title + " (bijgewerkt)");
            driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                    .click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "opgeslagen"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title + " (bijgewerkt)");
        } finally {
            jdbc.sql("update activity set title = ? where id = ?")
                    .param(title)
                    .param(id)
                    .update();
        }
    }

    @Test
    void thePlansHistoryAndAnItemsHistoryAreAccessible() throws Exception {
        String plan = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";
        long id = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single();
        String title = jdbc.sql("select title from activity where id = ?")
                .param(id)
                .query(String.class)
                .single();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        signIn("adviseur.wassenaar", wait);
        try {
            driver.get(url("/gemeenten/wassenaar/activiteiten/" + id + "/bewerken"));
            wait.until(ExpectedConditions.titleContains("Activiteit bewerken"));
            driver.findElement(By.id("titel")).sendKeys(" (voor de geschiedenis)");
            driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                    .click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "opgeslagen"));

            driver.get(url(plan));
            driver.findElement(By.linkText("Geschiedenis van het hele plan")).click();
            wait.until(ExpectedConditions.titleContains("Geschiedenis van"));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains(title + " (voor de geschiedenis)", "Beleidsadviseur Wassenaar (adviseur.wassenaar)");
            assertNoViolations("plan-history");

            driver.findElement(By.id("van")).sendKeys("31-02-2026");
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("van-fout")));
            assertThat(driver.findElement(By.id("van-fout")).getText()).startsWith("Vul een bestaande datum in");
            assertNoViolations("plan-history-error");

            driver.findElement(By.cssSelector("main table a")).click();
            wait.until(ExpectedConditions.titleContains("Geschiedenis: Activiteit"));
            assertNoViolations("item-history");
        } finally {
            jdbc.sql("update activity set title = ? where id = ?")
                    .param(title)
                    .param(id)
                    .update();
        }
    }

    @Test
    void theEditorsDashboardsAndAdministrationPagesAreAccessible() throws Exception {
        String plan = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";
        long kpi = jdbc.sql("""
                select min(k.id) from kpi k join execution_plan p on p.id = k.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ondermijning-2025-2028' and p.year = 2026""").query(Long.class).single();
        long activity = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single();
        signIn("manager.wassenaar", null);
        for (String[] page : new String[][] {
            {"/gemeenten/wassenaar/activiteiten/" + activity + "/toewijzen", "assignment"},
            {"/mijn-werk", "my-work"},
            {"/gemeenten/wassenaar/herinneringen", "reminder-settings"},
            {
                "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026/kpis/" + kpi + "/verantwoordelijke",
                "kpi-assignment"
            },
            {"/gemeenten/wassenaar/activiteiten/" + activity + "/reacties/nieuw", "comment"},
            {"/gemeenten/wassenaar/kaders/ivb-2024-2027/dashboard", "dashboard"},
            {"/gemeenten/wassenaar/kaders/ondermijning-2025-2028/dashboard", "dashboard-kpis"},
            {plan + "/teksten", "editor-texts"},
            {plan + "/doelen", "editor-objectives"},
            {"/gemeenten/wassenaar/kaders/ivb-2024-2027/themas", "editor-themes"},
            {"/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026/kpis/" + kpi + "/metingen", "measurements"
            },
            {plan + "/titel", "rename-plan"},
            {plan + "/verwijderen", "delete-plan"},
            {"/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/heropenen", "reopen-evaluation"}
        }) {
            driver.get(url(page[0]));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertNoViolations(page[1]);
        }
        driver.findElement(By.id("reden")).sendKeys(" ");
        driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                .click();
        assertNoViolations("reopen-evaluation-error");
        signIn("beheerder", null);
        driver.get(url("/gemeenten/wassenaar/legenda"));
        assertNoViolations("legend");
        driver.get(url("/beheer/uitgaande-mail"));
        assertNoViolations("outbox");
        driver.get(url("/beheer/uitgaande-mail/herinneringen"));
        assertNoViolations("reminders-now");
        signIn("raadslid.rijswijk", null);
        driver.get(url("/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/dashboard"));
        assertNoViolations("dashboard-council-no-plans");
    }

    @Test
    void councilQuestionsAreAccessibleToTheCouncilAndTheStaff() throws Exception {
        String plan = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
        List<Long> questions = jdbc.sql("""
                insert into council_question (municipality_id, plan_id, document, question, asked_by_name, asked_at,
                                              answer, answered_by_name, answered_at)
                select f.municipality_id, p.id, q.document, q.question, 'Raadslid Wassenaar', now(), q.answer,
                       case when q.answer is not null then 'Beleidsadviseur Wassenaar' end,
                       case when q.answer is not null then now() end
                from execution_plan p join policy_framework f on f.id = p.framework_id,
                     (values ('REPORT', 'Hoeveel boa''s zijn er ingezet?', 'Vier, in twee ploegen.'),
                             ('VERANTWOORDING', 'Waarom is de fatbike-aanpak niet uitgevoerd?', null))
                         as q (document, question, answer)
                where f.slug = 'ivb-2024-2027' and p.year = 2025
                returning id""").query(Long.class).list();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        try {
            signIn("raadslid.wassenaar", wait);
            driver.get(url(plan));
            assertThat(driver.findElement(By.id("vragen")).getText()).isEqualTo("Vragen van de raad (2)");
            assertNoViolations("plan-questions");
            driver.findElement(By.linkText("Vraag stellen")).click();
            wait.until(ExpectedConditions.titleContains("Vraag stellen"));
            assertNoViolations("ask-question");
            driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
            assertThat(driver.findElement(By.id("vraag-fout")).getText()).isEqualTo("Schrijf uw vraag.");
            assertNoViolations("ask-question-error");

            signIn("adviseur.wassenaar", wait);
            driver.get(url("/gemeenten/wassenaar/raadsvragen"));
            assertNoViolations("council-questions");
            driver.findElement(By.linkText("Beantwoorden")).click();
            wait.until(ExpectedConditions.titleContains("Vraag beantwoorden"));
            assertNoViolations("answer-question");
        } finally {
            jdbc.sql("delete from council_question where id in (:ids)")
                    .param("ids", questions)
                    .update();
        }
    }

    @Test
    void skipLinkIsTheFirstTabStopAndLeadsToTheContent() {
        driver.manage().deleteAllCookies();
        driver.get(url("/toegankelijkheid"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("href")).endsWith("#inhoud");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("inhoud");
    }

    private void assertNoViolations(String name) throws Exception {
        chromium.assertAccessible(name);
    }

    private void signIn(String username, WebDriverWait wait) {
        chromium.signIn(username);
    }

    private String url(String path) {
        return chromium.url(path);
    }
}
