package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The year-end cycle, keyboard only, in real Chromium with htmx: an advisor evaluates the last three activities of
 * Wassenaar's adopted plan 2026 row by row, the manager closes the evaluation, the advisor carries the unfinished
 * work into 2027. Axe checks every page.
 */
@IvbIntegrationTest
class EvaluationJourneyBrowserIT {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    List<Long> activities;

    /** Plan 2026 adopted, with all but its last three activities already judged green. */
    @BeforeEach
    void adoptThePlanAndJudgeMostOfIt() {
        Given.Plan plan = plan().adopted(LocalDate.of(2026, 1, 27));
        activities = plan.activities();
        plan.judgedAtYearEnd(activities.subList(0, activities.size() - 3), "GREEN", "Uitgevoerd");
    }

    @AfterEach
    void putTheSeedBack() {
        jdbc.sql("delete from evaluation where activity_id in (:ids)")
                .param("ids", activities)
                .update();
        jdbc.sql("delete from plan_state_change where plan_id = ?")
                .param(plan().id())
                .update();
        plan().concept();
        jdbc.sql("""
                delete from execution_plan where year = 2027 and framework_id = (select id from policy_framework where slug = 'ivb-2024-2027')""").update();
    }

    @Test
    void advisorEvaluatesRowByRowManagerClosesAndTheUnfinishedWorkMovesOn() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        int n = activities.size();
        long first = activities.get(n - 3);
        long second = activities.get(n - 2);
        long third = activities.get(n - 1);
        chromium.signIn("adviseur.wassenaar");

        chromium.open(PLAN);
        chromium.press(By.linkText("Evalueren"));
        chromium.waitForTitle("Evaluatie");
        assertThat(chromium.main()).contains((n - 3) + " van " + n + " activiteiten beoordeeld");
        chromium.assertAccessible("evaluation-1-page");

        // type in the third row first: saving other rows must leave it alone
        driver.findElement(By.id("resultaat-" + third)).sendKeys("Nog niet opgeslagen tekst");
        driver.findElement(By.id("oordeel-" + first + "-GREEN")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("resultaat-" + first)).sendKeys("Afgerond in oktober");
        chromium.press(By.id("opslaan-" + first));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rij-" + first), "Opgeslagen"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("voortgang"), (n - 2) + " van " + n));
        assertThat(driver.findElement(By.id("resultaat-" + third)).getAttribute("value"))
                .isEqualTo("Nog niet opgeslagen tekst");

        // a yellow verdict without a result text is explained in its row, and the cursor goes to the field
        driver.findElement(By.id("oordeel-" + second + "-YELLOW")).sendKeys(Keys.SPACE);
        chromium.press(By.id("opslaan-" + second));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("rij-" + second), "een toelichting verplicht"));
        chromium.assertAccessible("evaluation-2-row-error");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("resultaat-" + second);
        driver.switchTo().activeElement().sendKeys("Loopt door: de werkgroep start in 2027");
        chromium.press(By.id("opslaan-" + second));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rij-" + second), "Opgeslagen"));

        driver.findElement(By.id("oordeel-" + third + "-RED")).sendKeys(Keys.SPACE);
        chromium.press(By.id("opslaan-" + third));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("voortgang"), n + " van " + n));
        assertThat(jdbc.sql("select status || ':' || result_text from evaluation where activity_id = ?")
                        .param(third)
                        .query(String.class)
                        .single())
                .isEqualTo("RED:Nog niet opgeslagen tekst");
        chromium.assertAccessible("evaluation-3-all-judged");

        chromium.signIn("manager.wassenaar");
        chromium.open(PLAN);
        chromium.press(By.linkText("Evaluatie afsluiten"));
        chromium.waitForTitle("Evaluatie afsluiten");
        chromium.assertAccessible("evaluation-4-close");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "afgesloten"));
        assertThat(chromium.main()).contains("Geëvalueerd");
        chromium.assertAccessible("evaluation-5-evaluated-plan");

        chromium.signIn("adviseur.wassenaar");
        chromium.open(PLAN);
        chromium.press(By.linkText("Overnemen in het plan van volgend jaar"));
        chromium.waitForTitle("Overnemen in het plan van volgend jaar");
        assertThat(driver.findElement(By.id("neem-" + second)).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("neem-" + third)).isSelected()).isFalse();
        chromium.assertAccessible("evaluation-6-carry-over");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "overgenomen"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2027");
        assertThat(jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id
                where p.year = 2027 and a.carried_over_from_id = ?""").param(second).query(Long.class).single()).isEqualTo(1);
        chromium.assertAccessible("evaluation-7-next-plan");
    }

    private Given.Plan plan() {
        return Given.in(jdbc).plan("ivb-2024-2027", 2026);
    }
}
