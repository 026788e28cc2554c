package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real Chromium: an advisor signs in with the keyboard, opens the municipality page; axe finds no WCAG 2.1 A/AA violation. */
@IvbIntegrationTest
class BrowserAccessibilityTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void advisorSignsInWithTheKeyboardAndEveryPageIsAccessible() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.manage().deleteAllCookies();
        driver.get(url("/gemeenten/wassenaar"));
        wait.until(ExpectedConditions.titleContains("Inloggen"));
        assertNoViolations("login");

        driver.findElement(By.id("username")).sendKeys("adviseur.wassenaar", Keys.TAB, IvbIntegrationTest.DEMO_PASSWORD, Keys.ENTER);
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
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.state = 'CONCEPT'""")
                .query(Long.class).single();
        String title = jdbc.sql("select title from activity where id = ?").param(id).query(String.class).single();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        signIn("adviseur.wassenaar", wait);
        try {
            driver.get(url("/gemeenten/wassenaar/activiteiten/" + id));
            driver.findElement(By.linkText("Activiteit bewerken")).click();
            wait.until(ExpectedConditions.titleContains("Activiteit bewerken"));
            assertNoViolations("activity-form");

            driver.findElement(By.id("title")).clear();
            driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("foutmeldingen")));
            assertThat(driver.findElement(By.id("title-fout")).getText()).isEqualTo("Vul de activiteit in.");
            assertNoViolations("activity-form-error");

            driver.findElement(By.cssSelector("#foutmeldingen a")).sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("title");
            driver.switchTo().activeElement().sendKeys(title + " (bijgewerkt)");
            driver.findElement(By.cssSelector("button[type=submit].utrecht-button--primary-action")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "opgeslagen"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title + " (bijgewerkt)");
        } finally {
            jdbc.sql("update activity set title = ? where id = ?").param(title).param(id).update();
        }
    }

    private void signIn(String username, WebDriverWait wait) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username, Keys.TAB, IvbIntegrationTest.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Gemeenten"));
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
        for (int width : new int[] { 1280, 375 }) {
            driver.manage().window().setSize(new Dimension(width, 900));
            Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(name + ": " + describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml())
                .collect(Collectors.joining(" | "))).collect(Collectors.joining("; "));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
