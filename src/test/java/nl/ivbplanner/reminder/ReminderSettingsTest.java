package nl.ivbplanner.reminder;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager sets the municipality's reminder moments; a day that does not exist, 29 February and too many days ahead
 * are refused next to their field with the input kept; a colleague's save in between is shown, not overwritten; an
 * advisor and a council member may not change them.
 */
@IvbIntegrationTest
@Transactional
class ReminderSettingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entities;

    @Test
    void aManagerSetsTheMomentsAndSeesThemBack() throws Exception {
        mvc.perform(save("manager.wassenaar", "7", "15-06", "31-01", "15-02", version())
                        .param("aan", "ja"))
                .andExpect(status().is3xxRedirection());
        entities.flush();

        assertThat(stored()).isEqualTo("true 7 06-15 01-31 02-15");
        assertThat(page("manager.wassenaar"))
                .contains("value=\"15-06\"", "value=\"31-01\"", "value=\"15-02\"", "value=\"7\"");
    }

    @Test
    void daysThatDoNotExistAreRefusedNextToTheirFieldAndTheInputIsKept() throws Exception {
        String before = stored();

        String page = mvc.perform(save("manager.wassenaar", "120", "31-04", "29-02", "1-2", version()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("id=\"dagenVooraf-fout\"", "Vul een aantal dagen in van 0 tot en met 90.")
                .contains("id=\"tussenstand-fout\"", "Deze dag bestaat niet.")
                .contains("id=\"metingen-fout\"", "29 februari is er niet elk jaar.")
                .doesNotContain("id=\"eindoordeel-fout\"")
                .contains("value=\"31-04\"", "value=\"29-02\"", "value=\"1-2\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aColleaguesSaveInBetweenIsShownAndNotOverwritten() throws Exception {
        String seen = version();
        mvc.perform(save("manager.wassenaar", "3", "01-07", "15-01", "01-02", seen))
                .andExpect(status().is3xxRedirection());
        entities.flush();

        String page = mvc.perform(save("beheerder", "30", "01-08", "15-01", "01-02", seen))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Een collega heeft de herinneringen intussen gewijzigd")
                .contains("value=\"01-08\"");
        assertThat(stored()).startsWith("false 3 ");
    }

    @Test
    void advisorsAndCouncilMembersMayNotChangeThem() throws Exception {
        for (String user : new String[] {"adviseur.wassenaar", "raadslid.wassenaar", "manager.rijswijk"}) {
            mvc.perform(get("/gemeenten/wassenaar/herinneringen").with(as(jdbc, user)))
                    .andExpect(status().isForbidden());
            mvc.perform(save(user, "1", "01-07", "15-01", "01-02", version())).andExpect(status().isForbidden());
        }
        assertThat(stored()).isEqualTo("true 14 07-01 01-15 02-01");
    }

    private MockHttpServletRequestBuilder save(
            String user, String days, String interim, String measurements, String yearEnd, String version) {
        return post("/gemeenten/wassenaar/herinneringen")
                .with(as(jdbc, user))
                .with(csrf())
                .param("dagenVooraf", days)
                .param("tussenstand", interim)
                .param("metingen", measurements)
                .param("eindoordeel", yearEnd)
                .param("version", version);
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/gemeenten/wassenaar/herinneringen").with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String stored() {
        return jdbc.sql("""
                        select s.enabled || ' ' || s.days_before || ' ' || s.interim_status_due || ' '
                               || s.measurement_due || ' ' || s.year_end_verdict_due
                        from reminder_settings s join municipality m on m.id = s.municipality_id
                        where m.slug = 'wassenaar'""").query(String.class).single();
    }

    private String version() {
        return jdbc.sql("""
                        select s.version from reminder_settings s join municipality m on m.id = s.municipality_id
                        where m.slug = 'wassenaar'""").query(String.class).single();
    }
}
