package nl.ivbplanner.municipalityadmin;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** A global administrator adds and corrects municipalities; admins switch 'openbaar publiceren' (rolled back). */
@IvbIntegrationTest
@Transactional
class MunicipalityAdminTest {

    private static final String NEW = "/beheer/gemeenten/nieuw";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aGlobalAdminAddsAMunicipalityThatGetsALegendAndShowsEverywhere() throws Exception {
        mvc.perform(get("/").with(as(jdbc, "beheerder")))
                .andExpect(content().string(containsString("href=\"/beheer/gemeenten/nieuw\"")));
        mvc.perform(get(NEW).with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"Veiligheidsregio Haaglanden\">")));
        mvc.perform(create("beheerder", "Voorschoten", "voorschoten", "gm0626", "Veiligheidsregio Haaglanden"))
                .andExpect(redirectedUrl("/gemeenten/voorschoten"));
        entityManager.flush();
        assertThat(jdbc.sql("select kind || ' ' || subject || ' ' || detail from admin_log order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("MUNICIPALITY_CREATED Voorschoten GM0626, Veiligheidsregio Haaglanden");

        assertThat(jdbc.sql(
                                "select name || ' ' || cbs_code || ' ' || publish_publicly from municipality where slug = 'voorschoten'")
                        .query(String.class)
                        .single())
                .isEqualTo("Voorschoten GM0626 false");
        assertThat(jdbc.sql("""
                        select string_agg(l.status || '=' || l.label, ' ' order by l.status)
                        from status_legend l join municipality m on m.id = l.municipality_id where m.slug = 'voorschoten'""").query(String.class).single())
                .isEqualTo("GREEN=Gereed NOT_EVALUATED=Nog niet beoordeeld RED=Niet uitgevoerd YELLOW=Loopt door");
        // a municipality without frameworks or plans renders on every page that lists municipalities
        mvc.perform(get("/").with(as(jdbc, "beheerder")))
                .andExpect(content().string(containsString("href=\"/gemeenten/voorschoten\"")));
        mvc.perform(get("/gemeenten/voorschoten").with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn nog geen beleidskaders vastgelegd.")));
        mvc.perform(get("/regio").with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voorschoten")));
        mvc.perform(get("/gemeenten/voorschoten/legenda").with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Loopt door\"")));
        // published, its public index renders without any framework or plan
        mvc.perform(post("/gemeenten/voorschoten/publicatie")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("openbaar", "ja")
                        .param("version", String.valueOf(version("voorschoten"))))
                .andExpect(redirectedUrl("/gemeenten/voorschoten"));
        entityManager.flush();
        mvc.perform(get("/openbaar/voorschoten"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voorschoten")));
    }

    @Test
    void aCbsCodeThatIsNotGmWithFourDigitsIsExplainedInDutchNextToItsField() throws Exception {
        mvc.perform(create("beheerder", "Voorschoten", "voorschoten", "GM626", "Veiligheidsregio Haaglanden"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Een CBS-code is GM met vier cijfers, bijvoorbeeld GM0626.")))
                .andExpect(content().string(containsString("aria-describedby=\"cbscode-fout cbscode-hint\"")))
                .andExpect(content().string(containsString("value=\"Voorschoten\"")));
        mvc.perform(create("beheerder", "Voorschoten", "voorschoten", "", "Veiligheidsregio Haaglanden"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is 1 fout in het formulier")))
                .andExpect(
                        content().string(containsString("Vul de CBS-code van de gemeente in, bijvoorbeeld GM0626.")));
        assertThat(count("voorschoten")).isZero();
    }

    @Test
    void aTakenWebAddressOrCbsCodeIsRefused() throws Exception {
        mvc.perform(create("beheerder", "Wassenaar bis", "wassenaar", "GM0629", "Veiligheidsregio Haaglanden"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is al een gemeente met dit webadres.")))
                .andExpect(content().string(containsString("Een andere gemeente heeft deze CBS-code al.")));
        mvc.perform(create("beheerder", "Voorschoten", "Voor schoten", "GM0626", "Veiligheidsregio Haaglanden"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Gebruik alleen kleine letters, cijfers en losse streepjes")));
        assertThat(jdbc.sql("select count(*) from municipality")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aGlobalAdminCorrectsTheDetailsButNotOverAColleaguesSave() throws Exception {
        long version = version("rijswijk");
        mvc.perform(details("beheerder", "rijswijk", "Rijswijk (ZH)", "GM0603", version))
                .andExpect(redirectedUrl("/gemeenten/rijswijk"));
        entityManager.flush();
        assertThat(name("rijswijk")).isEqualTo("Rijswijk (ZH)");

        mvc.perform(details("beheerder", "rijswijk", "Rijswijk", "GM0603", version))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Iemand anders heeft de gegevens van deze gemeente opgeslagen")))
                .andExpect(content().string(containsString("Nu opgeslagen: Rijswijk (ZH)")));
        mvc.perform(details("beheerder", "rijswijk", "Rijswijk", "GM0629", version("rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een andere gemeente heeft deze CBS-code al.")));
        entityManager.flush();
        assertThat(name("rijswijk")).isEqualTo("Rijswijk (ZH)");
    }

    @Test
    void anAdminSwitchesOpenbaarPublicerenOffAndTheMunicipalityPageSaysSo() throws Exception {
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "beheerder")))
                .andExpect(content().string(containsString("Openbaar publiceren: aan")));
        mvc.perform(post("/gemeenten/wassenaar/publicatie")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("version", String.valueOf(version("wassenaar"))))
                .andExpect(redirectedUrl("/gemeenten/wassenaar"));
        entityManager.flush();
        assertThat(publishes("wassenaar")).isFalse();
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "beheerder")))
                .andExpect(content().string(containsString("Openbaar publiceren: uit")));
        assertThat(jdbc.sql("select kind || ' ' || subject || ' ' || detail from admin_log order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLICATION_SWITCHED Wassenaar uit");

        mvc.perform(post("/gemeenten/wassenaar/publicatie")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("openbaar", "ja")
                        .param("version", String.valueOf(version("wassenaar") - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nu opgeslagen: niet openbaar")));
        entityManager.flush();
        assertThat(publishes("wassenaar")).isFalse();
    }

    @Test
    void anAdminOfOneMunicipalitySwitchesOnlyItsOwnAndChangesNoDetails() throws Exception {
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, municipality_id)
                select 'beheer.rijswijk', 'Beheer Rijswijk', '{noop}x', 'ADMIN', id from municipality where slug = 'rijswijk'""").update();
        mvc.perform(get("/gemeenten/rijswijk/publicatie").with(as(jdbc, "beheer.rijswijk")))
                .andExpect(status().isOk());
        mvc.perform(get("/gemeenten/rijswijk").with(as(jdbc, "beheer.rijswijk")))
                .andExpect(content().string(not(containsString("/gemeenten/rijswijk/gegevens"))));
        mvc.perform(post("/gemeenten/wassenaar/publicatie")
                        .with(as(jdbc, "beheer.rijswijk"))
                        .with(csrf())
                        .param("version", String.valueOf(version("wassenaar"))))
                .andExpect(status().isForbidden());
        mvc.perform(details("beheer.rijswijk", "rijswijk", "Gehackt", "GM0603", version("rijswijk")))
                .andExpect(status().isForbidden());
        mvc.perform(create("beheer.rijswijk", "Voorschoten", "voorschoten", "GM0626", "Veiligheidsregio Haaglanden"))
                .andExpect(status().isForbidden());
        entityManager.flush();
        assertThat(publishes("wassenaar")).isTrue();
        assertThat(name("rijswijk")).isEqualTo("Rijswijk");
        assertThat(count("voorschoten")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"adviseur.wassenaar", "manager.wassenaar", "raadslid.wassenaar"})
    void staffAndCouncilMembersManageNoMunicipality(String username) throws Exception {
        mvc.perform(get(NEW).with(as(jdbc, username))).andExpect(status().isForbidden());
        mvc.perform(get("/gemeenten/wassenaar/publicatie").with(as(jdbc, username)))
                .andExpect(status().isForbidden());
        mvc.perform(create(username, "Voorschoten", "voorschoten", "GM0626", "Veiligheidsregio Haaglanden"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gemeenten/wassenaar/publicatie")
                        .with(as(jdbc, username))
                        .with(csrf())
                        .param("version", String.valueOf(version("wassenaar"))))
                .andExpect(status().isForbidden());
        entityManager.flush();
        assertThat(count("voorschoten")).isZero();
        assertThat(publishes("wassenaar")).isTrue();
    }

    private MockHttpServletRequestBuilder create(
            String username, String name, String slug, String cbsCode, String region) {
        return post(NEW)
                .with(as(jdbc, username))
                .with(csrf())
                .param("naam", name)
                .param("webnaam", slug)
                .param("cbscode", cbsCode)
                .param("veiligheidsregio", region);
    }

    private MockHttpServletRequestBuilder details(
            String username, String slug, String name, String cbsCode, long version) {
        return post("/gemeenten/" + slug + "/gegevens")
                .with(as(jdbc, username))
                .with(csrf())
                .param("naam", name)
                .param("cbscode", cbsCode)
                .param("veiligheidsregio", "Veiligheidsregio Haaglanden")
                .param("version", String.valueOf(version));
    }

    private long count(String slug) {
        return jdbc.sql("select count(*) from municipality where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private long version(String slug) {
        entityManager.flush();
        return jdbc.sql("select version from municipality where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private String name(String slug) {
        return jdbc.sql("select name from municipality where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private boolean publishes(String slug) {
        return jdbc.sql("select publish_publicly from municipality where slug = ?")
                .param(slug)
                .query(Boolean.class)
                .single();
    }
}
