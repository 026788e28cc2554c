package nl.ivbplanner.overview;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.ApiKeys;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The API's municipalities: those that publish for anyone, a key's own also when it does not publish. */
@IvbIntegrationTest
class MunicipalityApiTest {

    static final String MUNICIPALITIES = "/api/v1/gemeenten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeKeys() {
        jdbc.sql("delete from api_key").update();
    }

    @Test
    void anyoneListsThePublishingMunicipalitiesInPages() throws Exception {
        mvc.perform(get(MUNICIPALITIES))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.totaal").value(4))
                .andExpect(jsonPath("$.pagina").value(1))
                .andExpect(jsonPath("$.paginaGrootte").value(20))
                .andExpect(jsonPath("$.resultaten[?(@.slug == 'wassenaar')].cbsCode")
                        .value(hasItem("GM0629")))
                .andExpect(jsonPath("$.resultaten[?(@.slug == 'wassenaar')].adres")
                        .value(hasItem("/api/v1/gemeenten/wassenaar")))
                .andExpect(header().doesNotExist("Link"));
        mvc.perform(get(MUNICIPALITIES + "?paginaGrootte=3"))
                .andExpect(jsonPath("$.resultaten", hasSize(3)))
                .andExpect(header().string("Link", "</api/v1/gemeenten?paginaGrootte=3&pagina=2>; rel=\"next\""));
        mvc.perform(get(MUNICIPALITIES + "?pagina=2&paginaGrootte=3"))
                .andExpect(jsonPath("$.resultaten", hasSize(1)))
                .andExpect(header().string(
                                "Link", containsString("</api/v1/gemeenten?paginaGrootte=3&pagina=1>; rel=\"prev\"")));
        mvc.perform(get(MUNICIPALITIES).param("pagina", "3").param("paginaGrootte", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten").value(empty()))
                .andExpect(jsonPath("$.totaal").value(4));
        mvc.perform(get(MUNICIPALITIES).param("paginaGrootte", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ongeldige parameter"));
    }

    @Test
    void aMunicipalityComesWithItsLegendAndAdoptedFrameworks() throws Exception {
        mvc.perform(get(MUNICIPALITIES + "/wassenaar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.naam").value("Wassenaar"))
                .andExpect(jsonPath("$.veiligheidsregio").value("Veiligheidsregio Haaglanden"))
                .andExpect(jsonPath("$.legenda[?(@.status == 'GREEN')].label").value(hasItem("Gereed")))
                .andExpect(jsonPath("$.legenda[?(@.status == 'GREEN')].symbool").value(hasItem("✔")))
                .andExpect(jsonPath("$.kaders[?(@.slug == 'ivb-2024-2027')].eersteJaar")
                        .value(hasItem(2024)))
                .andExpect(jsonPath("$.kaders[?(@.slug == 'ivb-2024-2027')].adres")
                        .value(hasItem("/api/v1/gemeenten/wassenaar/kaders/ivb-2024-2027")));
        mvc.perform(get(MUNICIPALITIES + "/atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aMunicipalityThatStopsPublishingIsReadOnlyWithItsOwnKey() throws Exception {
        String own = ApiKeys.make(jdbc, "raadslid.westland");
        String other = ApiKeys.make(jdbc, "adviseur.rijswijk");
        jdbc.sql("update municipality set publish_publicly = false where slug = 'westland'")
                .update();
        try {
            mvc.perform(get(MUNICIPALITIES))
                    .andExpect(jsonPath("$.totaal").value(3))
                    .andExpect(jsonPath("$.resultaten[*].slug").value(not(hasItem("westland"))));
            mvc.perform(get(MUNICIPALITIES).header("Authorization", "Bearer " + own))
                    .andExpect(jsonPath("$.totaal").value(4))
                    .andExpect(jsonPath("$.resultaten[*].slug").value(hasItem("westland")));
            mvc.perform(get(MUNICIPALITIES + "/westland"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.status").value(401));
            mvc.perform(get(MUNICIPALITIES + "/westland/kaders/veiligheidsbeleid-2019-2022"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get(MUNICIPALITIES + "/westland").header("Authorization", "Bearer " + other))
                    .andExpect(status().isForbidden());
            mvc.perform(get(MUNICIPALITIES + "/westland/kaders/veiligheidsbeleid-2019-2022")
                            .header("Authorization", "Bearer " + other))
                    .andExpect(status().isForbidden());
            mvc.perform(get(MUNICIPALITIES + "/westland").header("Authorization", "Bearer " + own))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.publiceertOpenbaar").value(false));
            mvc.perform(get(MUNICIPALITIES + "/westland/kaders/veiligheidsbeleid-2019-2022")
                            .header("Authorization", "Bearer " + own))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.themas[*].activiteiten").value(not(empty())));
        } finally {
            jdbc.sql("update municipality set publish_publicly = true where slug = 'westland'")
                    .update();
        }
        mvc.perform(get(MUNICIPALITIES + "/westland")).andExpect(status().isOk());
    }
}
