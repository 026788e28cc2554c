package nl.ivbplanner.planview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.ApiKeys;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API's frameworks and plans: what is published anyone reads, with its verdicts, partners, KPIs, budget and
 * formation; concepts only the municipality's staff; the same statements for a small plan as for a large one.
 */
@IvbIntegrationTest
class PlanApiTest {

    static final String WASSENAAR = "/api/v1/gemeenten/wassenaar/kaders/ivb-2024-2027";
    static final String EVALUATED = WASSENAAR + "/plannen/2025";
    static final String CONCEPT = WASSENAAR + "/plannen/2026";
    static final String RIJSWIJK =
            "/api/v1/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    static final String FIRST_ACTIVITY = "Opstellen en uitvoeren jaarprogramma U&H-strategie 2025.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @AfterEach
    void removeKeys() {
        jdbc.sql("delete from api_key").update();
    }

    @Test
    void anyoneReadsAnEvaluatedPlanWithItsVerdictsPartnersAndMeasurements() throws Exception {
        String activity = "$.themas[*].activiteiten[?(@.titel == '" + FIRST_ACTIVITY + "')]";
        mvc.perform(get(EVALUATED))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.staat").value("GEEVALUEERD"))
                .andExpect(jsonPath("$.vastgesteldOp").value("2025-01-28"))
                .andExpect(jsonPath("$.legenda[0].label").value("Gereed"))
                .andExpect(jsonPath(activity + ".oordeel.status").value(hasItem("GREEN")))
                .andExpect(jsonPath(activity + ".oordeel.label").value(hasItem("Gereed")))
                .andExpect(jsonPath(activity + ".oordeel.resultaat")
                        .value(hasItem("Jaarprogramma vastgesteld op 18 februari 2025 door B&W.")))
                .andExpect(jsonPath(activity + ".partners[*].naam")
                        .value(hasItem("Vergunningen, Toezicht en Veiligheid (VTV)")))
                .andExpect(jsonPath("$.kpis[?(@.naam == 'Aanmelding')].metingen[?(@.jaar == 2025)].waarde")
                        .value(hasItem(9.0)))
                .andExpect(jsonPath("$.themas[?(@.naam == 'Toezicht Handhaving')].kernbeleidVeld")
                        .value(hasItem(1)));
    }

    @Test
    void anAdoptedPlanShowsItsBudgetAndFormationToAnyone() throws Exception {
        mvc.perform(get(RIJSWIJK)).andExpect(status().isUnauthorized());
        jdbc.sql("""
                update execution_plan set state = 'VASTGESTELD', adopted_on = date '2026-02-10'
                where year = 2026 and framework_id =
                    (select id from policy_framework where slug = 'strategisch-veiligheidsbeleid-2026-2030')""").update();
        try {
            mvc.perform(get(RIJSWIJK))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.staat").value("VASTGESTELD"))
                    .andExpect(jsonPath("$.begroting[*].regels[?(@.omschrijving == 'Zorg en Veiligheid')]"
                                    + ".bedragInCenten")
                            .value(hasItem(4700000)))
                    .andExpect(jsonPath("$.formatie[*].regels[?(@.functie == 'Senior Jurist')].fteBestaand")
                            .value(hasItem(1.5)))
                    .andExpect(jsonPath("$.formatie[*].regels[?(@.functie == 'Senior Jurist')].organisatie")
                            .value(hasItem("MUNICIPALITY")));
        } finally {
            jdbc.sql("""
                    update execution_plan set state = 'CONCEPT', adopted_on = null
                    where year = 2026 and framework_id =
                        (select id from policy_framework where slug = 'strategisch-veiligheidsbeleid-2026-2030')""").update();
        }
    }

    /**
     * While an adopted plan is being evaluated, its verdicts, its interim statuses and the deadlines the staff set are
     * the municipality's own: anyone else sees them once the evaluation is closed (the verdicts) or never (the rest),
     * also not through the filter on the verdict.
     */
    @Test
    void verdictsInTheMakingAndInterimStatusesAreTheMunicipalitysOwn() throws Exception {
        String rijswijkPlan = "(select p.id from execution_plan p join policy_framework f on f.id = p.framework_id"
                + " where p.year = 2026 and f.slug = 'strategisch-veiligheidsbeleid-2026-2030')";
        jdbc.sql("update execution_plan set state = 'VASTGESTELD', adopted_on = date '2026-02-10' where id = "
                        + rijswijkPlan)
                .update();
        long activity = jdbc.sql("select min(id) from activity where plan_id = " + rijswijkPlan)
                .query(Long.class)
                .single();
        jdbc.sql("update activity set deadline = date '2026-10-01' where id = ?")
                .param(activity)
                .update();
        jdbc.sql("""
                insert into evaluation (activity_id, moment, status, result_text, evaluated_at)
                values (:a, 'YEAR_END', 'GREEN', 'Nog niet vastgesteld oordeel', now()),
                       (:a, 'INTERIM', 'YELLOW', 'Tussenstand van het team', now())""").param("a", activity).update();
        String own = ApiKeys.make(jdbc, "adviseur.rijswijk");
        String other = ApiKeys.make(jdbc, "adviseur.wassenaar");
        String it = "$.themas[*].activiteiten[?(@.id == " + activity + ")]";
        try {
            for (String outsider : new String[] {null, other}) {
                var request = get(RIJSWIJK);
                var filtered = get(RIJSWIJK + "/activiteiten").param("status", "GREEN");
                if (outsider != null) {
                    request.header("Authorization", "Bearer " + outsider);
                    filtered.header("Authorization", "Bearer " + outsider);
                }
                String body = mvc.perform(request)
                        .andExpect(status().isOk())
                        .andExpect(jsonPath(it + ".oordeel").value(hasItem(nullValue())))
                        .andExpect(jsonPath(it + ".tussenstand").value(hasItem(nullValue())))
                        .andExpect(jsonPath(it + ".deadline").value(hasItem(nullValue())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(body).doesNotContain("Nog niet vastgesteld oordeel", "Tussenstand van het team");
                mvc.perform(filtered).andExpect(jsonPath("$.totaal").value(0));
            }
            mvc.perform(get(RIJSWIJK).header("Authorization", "Bearer " + own))
                    .andExpect(jsonPath(it + ".oordeel.resultaat").value(hasItem("Nog niet vastgesteld oordeel")))
                    .andExpect(jsonPath(it + ".tussenstand.resultaat").value(hasItem("Tussenstand van het team")))
                    .andExpect(jsonPath(it + ".deadline").value(hasItem("2026-10-01")));
            mvc.perform(get(RIJSWIJK + "/activiteiten")
                            .param("status", "GREEN")
                            .header("Authorization", "Bearer " + own))
                    .andExpect(jsonPath("$.totaal").value(1));
        } finally {
            jdbc.sql("delete from evaluation where activity_id = ?")
                    .param(activity)
                    .update();
            jdbc.sql("update activity set deadline = null where id = ?")
                    .param(activity)
                    .update();
            jdbc.sql("update execution_plan set state = 'CONCEPT', adopted_on = null where id = " + rijswijkPlan)
                    .update();
        }
    }

    @Test
    void aConceptIsReadOnlyByTheMunicipalitysStaff() throws Exception {
        mvc.perform(get(CONCEPT))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(withKey(get(CONCEPT), "raadslid.wassenaar"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(withKey(get(CONCEPT), "adviseur.rijswijk")).andExpect(status().isForbidden());
        mvc.perform(withKey(get(CONCEPT + "/activiteiten"), "adviseur.rijswijk"))
                .andExpect(status().isForbidden());
        mvc.perform(withKey(get(CONCEPT), "adviseur.wassenaar"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-cache"))
                .andExpect(jsonPath("$.staat").value("CONCEPT"))
                // unfinished work of 2025 went into the concept, and says where it came from
                .andExpect(jsonPath("$.themas[*].activiteiten[*].overgenomenVan.jaar")
                        .value(hasItem(2025)));
        mvc.perform(get(WASSENAAR + "/plannen/1999")).andExpect(status().isNotFound());
    }

    @Test
    void theFrameworkListsConceptPlansOnlyForItsStaff() throws Exception {
        mvc.perform(get(WASSENAAR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staat").value("VASTGESTELD"))
                .andExpect(jsonPath("$.plannen[*].jaar").value(hasItem(2025)))
                .andExpect(jsonPath("$.plannen[*].jaar").value(not(hasItem(2026))))
                .andExpect(jsonPath("$.plannen[?(@.jaar == 2025)].adres").value(hasItem(EVALUATED)))
                .andExpect(jsonPath("$.themas").value(not(empty())));
        mvc.perform(withKey(get(WASSENAAR), "adviseur.wassenaar"))
                .andExpect(jsonPath("$.plannen[*].jaar").value(hasItem(2026)));
        mvc.perform(withKey(get(WASSENAAR), "raadslid.wassenaar"))
                .andExpect(jsonPath("$.plannen[*].jaar").value(not(hasItem(2026))));
    }

    @Test
    void textsMarkedNotPublicAreOnlyForTheMunicipalitysReaders() throws Exception {
        long section = jdbc.sql("""
                select s.id from narrative_section s join execution_plan p on p.id = s.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 and s.heading is not null order by s.position limit 1""").query(Long.class).single();
        jdbc.sql("update narrative_section set not_public = true where id = ?")
                .param(section)
                .update();
        try {
            String path = "$.teksten[?(@.id == " + section + ")]";
            mvc.perform(get(EVALUATED)).andExpect(jsonPath(path).value(empty()));
            mvc.perform(withKey(get(EVALUATED), "adviseur.rijswijk"))
                    .andExpect(jsonPath(path).value(empty()));
            mvc.perform(withKey(get(EVALUATED), "raadslid.wassenaar"))
                    .andExpect(jsonPath(path + ".nietOpenbaar").value(hasItem(true)));
        } finally {
            jdbc.sql("update narrative_section set not_public = false where id = ?")
                    .param(section)
                    .update();
        }
    }

    @Test
    void activitiesComeInPagesWithLinksAndAFilterOnTheVerdict() throws Exception {
        long total = jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        String activities = EVALUATED + "/activiteiten";
        mvc.perform(get(activities).param("paginaGrootte", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten", hasSize(5)))
                .andExpect(jsonPath("$.resultaten[0].titel").value(FIRST_ACTIVITY))
                .andExpect(jsonPath("$.resultaten[0].oordeel.label").value("Gereed"))
                .andExpect(jsonPath("$.pagina").value(1))
                .andExpect(jsonPath("$.paginaGrootte").value(5))
                .andExpect(jsonPath("$.totaal").value(total))
                .andExpect(header().string("Link", containsString("pagina=2")))
                .andExpect(header().string("Link", containsString("rel=\"next\"")))
                .andExpect(header().string("Link", startsWith("</api/v1/gemeenten/")))
                .andExpect(header().string("Link", not(containsString("rel=\"prev\""))));
        mvc.perform(get(activities).param("pagina", "2").param("paginaGrootte", "5"))
                .andExpect(jsonPath("$.resultaten", hasSize(5)))
                .andExpect(jsonPath("$.resultaten[0].titel").value(not(FIRST_ACTIVITY)))
                .andExpect(header().string("Link", containsString("rel=\"prev\"")));
        mvc.perform(get(activities).param("pagina", "999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten").value(empty()))
                .andExpect(jsonPath("$.totaal").value(total));
        mvc.perform(get(activities).param("status", "GREEN").param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].oordeel.status").value(everyItem(is("GREEN"))))
                .andExpect(jsonPath("$.totaal").value(is(not(total))));
    }

    @Test
    void aWrongPageOrStatusIsTheClientsMistake() throws Exception {
        String activities = EVALUATED + "/activiteiten";
        for (String[] wrong : new String[][] {
            {"pagina", "0"},
            {"pagina", "-3"},
            {"pagina", "twee"},
            {"pagina", "99999999999"},
            {"paginaGrootte", "0"},
            {"paginaGrootte", "101"},
            {"status", "PAARS"}
        }) {
            mvc.perform(get(activities).param(wrong[0], wrong[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString(wrong[0])));
        }
        mvc.perform(get(WASSENAAR + "/plannen/tweeduizend")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnchangedAnswerIsNotSentAgain() throws Exception {
        String etag = mvc.perform(get(EVALUATED)).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get(EVALUATED).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(content().string(""));
        mvc.perform(get(EVALUATED + "/activiteiten").header("If-None-Match", etag))
                .andExpect(status().isOk());
    }

    @Test
    void runsTheSameStatementsForASmallAndALargePlan() throws Exception {
        String wassenaar = ApiKeys.make(jdbc, "adviseur.wassenaar");
        String rijswijk = ApiKeys.make(jdbc, "adviseur.rijswijk");
        int small = counter.count(() -> mvc.perform(get(EVALUATED).header("Authorization", "Bearer " + wassenaar))
                .andExpect(status().isOk()));
        int large = counter.count(() -> mvc.perform(get(RIJSWIJK).header("Authorization", "Bearer " + rijswijk))
                .andExpect(status().isOk()));
        assertThat(jdbc.sql("""
                        select count(*) from activity a join execution_plan p on p.id = a.plan_id
                        join policy_framework f on f.id = p.framework_id
                        where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026""").query(Long.class).single()).isGreaterThan(50);
        // the key and its first use, then the plan's header, legend, activities, their partners, texts, themes, goals,
        // KPIs, budget and formation
        assertThat(small).isEqualTo(large).isEqualTo(12);
        int page = counter.count(
                () -> mvc.perform(get(RIJSWIJK + "/activiteiten").header("Authorization", "Bearer " + rijswijk))
                        .andExpect(status().isOk()));
        // the key (used a moment ago: its use is not noted again), the header, the legend, the page of activities,
        // their partners and the count
        assertThat(page).isEqualTo(6);
    }

    private MockHttpServletRequestBuilder withKey(MockHttpServletRequestBuilder request, String username) {
        return request.header("Authorization", "Bearer " + ApiKeys.make(jdbc, username));
    }
}
