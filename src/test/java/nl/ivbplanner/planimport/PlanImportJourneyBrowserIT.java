package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import nl.ivbplanner.support.KeptSession;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import as an advisor does it, in real Chromium with the keyboard: the workbook of Wassenaar's 2026 concept
 * downloaded, three rows changed and two added, uploaded, previewed, confirmed; the plan, the import history and the
 * activity's own history show it. And a plan in Word imported into an empty concept. Axe checks every page. On a
 * database of its own: the imports are committed.
 */
@IvbOwnDatabaseTest
class PlanImportJourneyBrowserIT {

    private static final String FRAMEWORK = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
    private static final String PLAN = FRAMEWORK + "/plannen/2026";
    private static final String UNDERMINING = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void theEditedWorkbookIsPreviewedThenWrittenWithItsHistory() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        chromium.signIn("adviseur.wassenaar");
        chromium.open(PLAN);
        chromium.press(By.linkText("Importeren uit Excel of Word"));
        chromium.waitForTitle("Importeren uit Excel of Word");
        chromium.assertAccessible("import-1-upload");

        ExportedActivitySheet sheet = new ExportedActivitySheet(download(PLAN + "/export.xlsx"), messages);
        List<Row> rows = sheet.rows();
        long first = sheet.id(rows.get(0));
        sheet.set(rows.get(0), "export.activity.planning", "Q3 2026");
        sheet.set(rows.get(1), "export.activity.goal", "Minder woninginbraken in 2026 dan in 2025.");
        sheet.set(rows.get(2), "export.activity.partners", "Politie (trekker); Buurtvereniging Oostdorp");
        Row fourth = sheet.copyBelow(rows.get(0), "Buurtschouw met bewoners van Kerkehout");
        sheet.copyBelow(fourth, "Voorlichting over babbeltrucs in de bibliotheek");
        Path file = Files.createTempFile("uitvoeringsplan-2026-", ".xlsx");
        Files.write(file, sheet.bytes());

        driver.findElement(By.id("bestand")).sendKeys(file.toString());
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("Wat de import verandert");
        assertThat(chromium.main())
                .contains("2 nieuw, 3 gewijzigd")
                .contains("Buurtschouw met bewoners van Kerkehout", "Q3 2026", "Buurtvereniging Oostdorp");
        chromium.assertAccessible("import-2-preview");

        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "Import uitgevoerd: 2 nieuw, 3 gewijzigd, 0 verwijderd."));
        assertThat(chromium.main()).contains("Buurtschouw met bewoners van Kerkehout");

        chromium.open(PLAN + "/import");
        assertThat(driver.findElement(By.id("eerdere-imports"))
                        .findElement(By.xpath("following-sibling::*[1]"))
                        .getText())
                .contains(file.getFileName().toString(), "adviseur.wassenaar");
        chromium.assertAccessible("import-3-history");

        chromium.open("/gemeenten/wassenaar/activiteiten/" + first);
        assertThat(chromium.main()).contains("Q3 2026");
        assertThat(driver.findElement(By.id("geschiedenis"))
                        .findElement(By.xpath("following-sibling::*[1]"))
                        .getText())
                .contains("Q3 2026");
    }

    @Test
    void aWordPlanBecomesTheEmptyConcept() throws Exception {
        chromium.useServerPort(port);
        var driver = chromium.driver;
        SeedPlanDocuments.Plan source = SeedPlanDocuments.write(jdbc, planId("ondermijning-2025-2028", 2026));
        Path file = Files.createTempFile("uitvoeringsplan-ondermijning-", ".docx");
        Files.write(file, source.docx());
        chromium.signIn("adviseur.wassenaar");
        chromium.open(UNDERMINING);
        chromium.press(By.linkText("Nieuw uitvoeringsplan"));
        chromium.waitForTitle("Nieuw uitvoeringsplan");
        driver.findElement(By.id("jaar")).sendKeys("2028");
        driver.findElement(By.id("titel")).sendKeys("Uitvoeringsplan 2028 ondermijningsaanpak");
        driver.findElement(By.id("basis-LEEG")).sendKeys(Keys.SPACE);
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("Uitvoeringsplan 2028 ondermijningsaanpak");

        chromium.press(By.linkText("Importeren uit Excel of Word"));
        chromium.waitForTitle("Importeren uit Excel of Word");
        driver.findElement(By.id("bestand")).sendKeys(file.toString());
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.waitForTitle("Wat de import verandert");
        assertThat(chromium.main())
                .contains(source.activities().size() + " nieuw, 0 gewijzigd")
                .contains("Nieuwe hoofdstukken (" + source.chapters().size() + ")");
        assertThat(driver.findElements(By.id("problemen"))).isEmpty();
        chromium.assertAccessible("import-4-word-preview");

        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "Import uitgevoerd"));
        assertThat(chromium.main())
                .contains(source.activities().size() + " activiteiten")
                .contains(source.activities().get(0).title());
        chromium.assertAccessible("import-5-word-plan");
    }

    /** The file as the signed-in browser downloads it: with its session. */
    private byte[] download(String path) throws Exception {
        Cookie session = chromium.driver.manage().getCookieNamed(KeptSession.COOKIE);
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(chromium.url(path)))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private long planId(String framework, int year) {
        return jdbc.sql("""
                        select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                        where f.slug = ? and p.year = ?""").params(framework, year).query(Long.class).single();
    }
}
