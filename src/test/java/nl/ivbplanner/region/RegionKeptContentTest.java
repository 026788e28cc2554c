package nl.ivbplanner.region;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The region pages' content is rendered once per database version and language (web/RenderedFragments): a committed
 * edit, as psql or another instance would make it, is on the next read, and a reader in English never gets the Dutch
 * rendering or the other way round. The layout around it stays the reader's own.
 */
@IvbIntegrationTest
class RegionKeptContentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    /**
     * The reads of a test are one signed-in browser's: one session, made on its first request (a write in the database
     * like any other); reading pages with it writes nothing (security/SessionsInDatabase).
     */
    private KeptSession browser;

    @BeforeEach
    void oneBrowser() {
        browser = new KeptSession(mvc);
    }

    @Test
    void aCommittedEditIsOnTheNextReadOfTheKeptContent() throws Exception {
        RequestPostProcessor councillor = as(jdbc, "raadslid.wassenaar");
        assertThat(keptRead("/regio", councillor)
                        .select("#per-gemeente ~ * th[scope=row]")
                        .eachText())
                .contains("Wassenaar")
                .doesNotContain("Wassenaar-Oost");
        assertThat(keptRead("/regio/partners/politie", councillor)
                        .select("th[scope=row]")
                        .eachText())
                .contains("Wassenaar");
        try {
            // committed outside the application, the way psql or another instance writes
            jdbc.sql("update municipality set name = 'Wassenaar-Oost' where slug = 'wassenaar'")
                    .update();
            assertThat(page(get("/regio"), councillor)
                            .select("#per-gemeente ~ * th[scope=row]")
                            .eachText())
                    .contains("Wassenaar-Oost")
                    .doesNotContain("Wassenaar");
            assertThat(page(get("/regio/partners/politie"), councillor)
                            .select("th[scope=row]")
                            .eachText())
                    .contains("Wassenaar-Oost")
                    .doesNotContain("Wassenaar");
        } finally {
            jdbc.sql("update municipality set name = 'Wassenaar' where slug = 'wassenaar'")
                    .update();
        }
        assertThat(page(get("/regio"), councillor)
                        .select("#per-gemeente ~ * th[scope=row]")
                        .eachText())
                .contains("Wassenaar")
                .doesNotContain("Wassenaar-Oost");
    }

    @Test
    void englishAndDutchReadersGetTheirOwnRendering() throws Exception {
        RequestPostProcessor advisor = as(jdbc, "adviseur.westland");
        for (String path : new String[] {"/regio", "/regio/partners/politie"}) {
            Document dutch = keptRead(path, advisor);
            Document english = page(get(path).param("lang", "en"), advisor);
            Document dutchAgain = page(get(path), advisor);
            Document englishAgain = page(get(path).param("lang", "en"), advisor);
            assertThat(dutch.select("#inhoud h1").text()).as(path).contains(h1Dutch(path));
            assertThat(english.select("#inhoud h1").text()).as(path).contains(h1English(path));
            assertThat(dutchAgain.select("#inhoud").html())
                    .as(path)
                    .isEqualTo(dutch.select("#inhoud").html());
            assertThat(englishAgain.select("#inhoud").html())
                    .as(path)
                    .isEqualTo(english.select("#inhoud").html());
            // the layout is the reader's, around the kept content: their name in the header
            assertThat(english.select(".app-header__user").text()).as(path).contains("Signed in");
        }
    }

    private static String h1Dutch(String path) {
        return path.equals("/regio") ? "Regio-overzicht Veiligheidsregio Haaglanden" : "in de regio";
    }

    private static String h1English(String path) {
        return path.equals("/regio") ? "Region overview Veiligheidsregio Haaglanden" : "in the region";
    }

    /**
     * The page read until it comes from the kept rendering: the database's version and the header's switcher only
     * (PostgreSQL's own housekeeping may take a transaction id in between, and then a read renders anew).
     */
    private Document keptRead(String path, RequestPostProcessor user) throws Exception {
        Document[] page = new Document[1];
        int statements = -1;
        for (int read = 0; read < 6 && statements != 2; read++) {
            statements = counter.count(() -> page[0] = page(get(path), user));
        }
        assertThat(statements).as(path + " kept").isEqualTo(2);
        return page[0];
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(browser.perform(request.with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
