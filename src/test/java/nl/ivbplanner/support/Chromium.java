package nl.ivbplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: sign in by keyboard, screenshots at desktop and phone width, axe. A test
 * class registers one ({@code @RegisterExtension static final Chromium chromium = new Chromium();}): it starts before
 * the class's first test and quits after its last.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    public WebDriver driver;
    public WebDriverWait wait;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    /** The test's server: known only once Spring has started it, after the browser. */
    public void useServerPort(int serverPort) {
        this.port = serverPort;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username"))
                .sendKeys(username, Keys.TAB, IvbIntegrationTest.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Gemeenten"));
    }

    /** Follows a link or presses a button the way a keyboard user does: focus it, then Enter. */
    public void press(By element) {
        driver.findElement(element).sendKeys(Keys.ENTER);
    }

    public void waitForTitle(String part) {
        wait.until(ExpectedConditions.titleContains(part));
    }

    public String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Screenshots at 1280 and 375 px wide, then axe with the WCAG 2.1 A and AA rules: no violations. */
    public void assertAccessible(String name) throws IOException {
        for (int width : new int[] {1280, 375}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            Files.write(
                    SCREENSHOTS.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        // WCAG 1.4.10: at phone width the page itself never scrolls sideways; a wide table may scroll in its own box
        Object overflow = ((JavascriptExecutor) driver).executeScript("""
                const contained = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true; } return false; };
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1
                    && !contained(e) && !e.closest('.app-visually-hidden') && getComputedStyle(e).position !== 'absolute')
                    .slice(0, 3).map(e => e.outerHTML.slice(0, 120)).join(' | ')""");
        assertThat((String) overflow).as(name + " overflows at 375 px").isEmpty();
        driver.manage().window().setSize(new Dimension(1280, 900));
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertThat(results.getViolations())
                .as(name + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " "
                        + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
        }
    }
}
