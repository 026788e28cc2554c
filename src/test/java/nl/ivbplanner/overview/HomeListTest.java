package nl.ivbplanner.overview;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's list of municipalities: searchable by name, CBS code or safety region, and with more than twenty
 * municipalities grouped per safety region, the header then linking to it instead of offering a select of all.
 */
@IvbIntegrationTest
class HomeListTest {

    private static final int GENERATED = 25;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSearchFindsByPartOfTheNameAndSaysInDutchWhenNothingMatches() throws Exception {
        RequestPostProcessor admin = as(jdbc, "beheerder");
        // twice each: rendered, then (nothing written in between) the kept rendering for that search
        for (int read = 0; read < 2; read++) {
            assertThat(links(page(get("/").param("zoek", "wass"), admin)))
                    .contains("/gemeenten/wassenaar")
                    .doesNotContain("/gemeenten/westland", "/gemeenten/rijswijk");
            assertThat(links(page(get("/").param("zoek", " WEST "), admin)))
                    .contains("/gemeenten/westland")
                    .doesNotContain("/gemeenten/wassenaar");
            assertThat(links(page(get("/").param("zoek", "gm0603"), admin))).containsExactly("/gemeenten/rijswijk");
            Document none = page(get("/").param("zoek", "Zwolle"), admin);
            assertThat(links(none)).isEmpty();
            assertThat(none.select("#gemeenten-geen").text())
                    .isEqualTo("Geen gemeente gevonden bij ‘Zwolle’. Controleer de spelling of zoek op een deel van de"
                            + " naam.");
            assertThat(page(get("/").param("zoek", "Zwolle").param("lang", "en"), admin)
                            .select("#gemeenten-geen")
                            .text())
                    .startsWith("No municipality found for ‘Zwolle’.");
        }
        // no search: every municipality, as cards while they are few
        assertThat(links(page(get("/"), admin)))
                .contains("/gemeenten/wassenaar", "/gemeenten/westland", "/gemeenten/rijswijk");
    }

    @Test
    void withFewMunicipalitiesTheHeaderOffersASelectAndTheHomePageCards() throws Exception {
        int municipalities = jdbc.sql("select count(*) from municipality")
                .query(Integer.class)
                .single();
        assertThat(municipalities).isLessThanOrEqualTo(OverviewService.MANY);
        Document home = page(get("/"), as(jdbc, "beheerder"));
        assertThat(home.select("#gemeente-kiezer option")).hasSize(municipalities);
        assertThat(home.select("#gemeente-kiezen")).isEmpty();
        assertThat(home.select("#inhoud .app-card")).hasSize(municipalities);
        assertThat(home.select("#inhoud input#zoek")).isEmpty();
    }

    @Test
    @Transactional
    void withMoreThanTwentyTheHomePageGroupsThemPerSafetyRegionAndTheHeaderLinksToIt() throws Exception {
        jdbc.sql("""
                insert into municipality (slug, name, cbs_code, safety_region)
                select 'testgemeente-' || n, 'Testgemeente ' || lpad(n::text, 2, '0'), 'GM' || (9900 + n),
                       'Veiligheidsregio Testland'
                from generate_series(1, ?) n""").param(GENERATED).update();
        int municipalities = jdbc.sql("select count(*) from municipality")
                .query(Integer.class)
                .single();
        RequestPostProcessor admin = as(jdbc, "beheerder");

        Document home = page(get("/"), admin);
        assertThat(home.select("#gemeente-kiezer")).isEmpty();
        assertThat(home.select("a#gemeente-kiezen").attr("href")).isEqualTo("/");
        assertThat(home.select("a#gemeente-kiezen").text()).isEqualTo("Gemeente kiezen");
        assertThat(home.select("#inhoud .app-card")).isEmpty();
        assertThat(home.select("label[for=zoek]").text()).isEqualTo("Zoek een gemeente");
        assertThat(home.select("form[role=search]").attr("method")).isEqualTo("get");
        assertThat(home.select("#gemeenten-aantal").text())
                .isEqualTo(municipalities + " van de " + municipalities + " gemeenten");
        assertThat(home.select("#inhoud section h2").eachText())
                .containsSubsequence("Veiligheidsregio Haaglanden", "Veiligheidsregio Testland");
        assertThat(home.select("#inhoud section:has(h2:containsOwn(Veiligheidsregio Testland)) li a"))
                .hasSize(GENERATED);
        assertThat(home.select("#inhoud section:has(h2:containsOwn(Veiligheidsregio Haaglanden)) li a")
                        .eachText())
                .contains("Wassenaar", "Westland", "Rijswijk");

        Document found = page(get("/").param("zoek", "testgemeente 07"), admin);
        assertThat(links(found)).containsExactly("/gemeenten/testgemeente-7");
        assertThat(found.select("#zoek").val()).isEqualTo("testgemeente 07");
        assertThat(found.select("#gemeenten-aantal").text()).isEqualTo("1 van de " + municipalities + " gemeenten");
        assertThat(links(page(get("/").param("zoek", "Testland"), admin))).hasSize(GENERATED);

        // every page's header, not only the home page's
        Document region = page(get("/regio"), admin);
        assertThat(region.select("#gemeente-kiezer")).isEmpty();
        assertThat(region.select("a#gemeente-kiezen")).hasSize(1);
        // a councillor of one municipality still sees just theirs, without a switcher
        Document councillor = page(get("/"), as(jdbc, "raadslid.wassenaar"));
        assertThat(councillor.select("#gemeente-kiezer, #gemeente-kiezen")).isEmpty();
        assertThat(links(councillor)).containsExactly("/gemeenten/wassenaar");
    }

    /** The links to municipality pages in the page's list (not the header's). */
    private static java.util.List<String> links(Document page) {
        return page.select("#inhoud a[href^=\"/gemeenten/\"]").eachAttr("href");
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
