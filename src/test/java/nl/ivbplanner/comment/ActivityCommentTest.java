package nl.ivbplanner.comment;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff discuss an activity of an adopted plan: an advisor's and a manager's comment appear on its page in order with
 * their names; an empty comment is refused next to the field; council members neither read nor write the thread.
 */
@IvbIntegrationTest
@Transactional
class ActivityCommentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theThreadShowsEachCommentWithItsAuthorToStaffOnly() throws Exception {
        long activity = adoptedActivity();
        String path = "/gemeenten/wassenaar/activiteiten/" + activity;

        mvc.perform(comment(activity, "adviseur.wassenaar", "Eerste bijeenkomst staat op 12 maart."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(comment(activity, "manager.wassenaar", "Graag ook de wijkagent uitnodigen."))
                .andExpect(status().is3xxRedirection());

        String staff = page(path, "adviseur.wassenaar");
        assertThat(staff).contains("Reacties (2)", "Beleidsadviseur Wassenaar", "Coördinator OOV Wassenaar");
        assertThat(staff.indexOf("Eerste bijeenkomst staat op 12 maart."))
                .isLessThan(staff.indexOf("Graag ook de wijkagent uitnodigen."));
        assertThat(page(path, "raadslid.wassenaar"))
                .doesNotContain("Reacties")
                .doesNotContain("Eerste bijeenkomst staat op 12 maart.");
    }

    @Test
    void anEmptyCommentIsRefusedNextToTheField() throws Exception {
        long activity = adoptedActivity();

        String page = mvc.perform(comment(activity, "adviseur.wassenaar", "   "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"reactie-fout\"").contains("Schrijf een reactie.");
        assertThat(jdbc.sql("select count(*) from activity_comment where activity_id = ?")
                        .param(activity)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCouncilMemberCannotComment() throws Exception {
        long activity = adoptedActivity();

        mvc.perform(comment(activity, "raadslid.wassenaar", "Een vraag")).andExpect(status().isForbidden());
    }

    private long adoptedActivity() {
        return Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(LocalDate.of(2026, 2, 10))
                .activities()
                .get(0);
    }

    private MockHttpServletRequestBuilder comment(long activity, String user, String text) {
        return post("/gemeenten/wassenaar/activiteiten/" + activity + "/reacties/nieuw")
                .with(as(jdbc, user))
                .with(csrf())
                .param("reactie", text);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
