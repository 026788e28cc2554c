package nl.ivbplanner.publication;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Later edits never change a published version: Wassenaar's evaluated plan 2025 keeps its legend, theme and partner
 * names as published, byte for byte, while the live report follows the edits (rolled back after the test).
 */
@IvbIntegrationTest
@Transactional
class PublishedVersionIsFrozenTest {

    static final String PUBLIC = "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    static final String LIVE = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/rapport";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void renamingALegendLabelAThemeAndAPartnerLeavesThePublishedVersionByteIdentical() throws Exception {
        // the plan's report and its yearly verantwoording, for anyone (page and PDF) and for the council
        List<Supplier<MockHttpServletRequestBuilder>> documents = List.of(
                () -> get(PUBLIC),
                () -> get(PUBLIC + ".pdf"),
                () -> get(LIVE).with(as(jdbc, "raadslid.wassenaar")),
                () -> get(PUBLIC + "/verantwoording"),
                () -> get(PUBLIC + "/verantwoording.pdf"),
                () -> get(LIVE.replace("/rapport", "/verantwoording")).with(as(jdbc, "raadslid.wassenaar")));
        List<MockHttpServletResponse> published = new ArrayList<>();
        for (Supplier<MockHttpServletRequestBuilder> document : documents) {
            published.add(read(document.get()));
        }
        MockHttpServletResponse html = published.get(0);
        String theme = jdbc.sql("""
                select t.name from theme t join activity a on a.theme_id = t.id
                where a.plan_id = (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                                   where f.slug = 'ivb-2024-2027' and p.year = 2025)
                order by a.position, a.id limit 1""").query(String.class).single();
        long partner = jdbc.sql("""
                select ap.partner_id from activity_partner ap join activity a on a.id = ap.activity_id
                where a.plan_id = (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                                   where f.slug = 'ivb-2024-2027' and p.year = 2025)
                order by a.position, a.id, ap.position limit 1""").query(Long.class).single();
        assertThat(html.getContentAsString()).contains(theme).doesNotContain("Helemaal klaar");

        jdbc.sql("""
                update status_legend set label = 'Helemaal klaar'
                where status = 'GREEN' and municipality_id = (select id from municipality where slug = 'wassenaar')""").update();
        jdbc.sql("update theme set name = 'Hernoemd thema' where name = ?")
                .param(theme)
                .update();
        jdbc.sql("update partner set name = 'Hernoemde partner' where id = ?")
                .param(partner)
                .update();
        // the partner as the document spelled it follows the organisation's new name
        jdbc.sql("update activity_partner set wording = null where partner_id = ?")
                .param(partner)
                .update();

        String live = read(get(LIVE).with(as(jdbc, "adviseur.wassenaar"))).getContentAsString();
        assertThat(live).contains("Helemaal klaar", "Hernoemd thema", "Hernoemde partner");
        assertThat(read(get(LIVE.replace("/rapport", "/verantwoording")).with(as(jdbc, "adviseur.wassenaar")))
                        .getContentAsString())
                .contains("Helemaal klaar", "Hernoemd thema");
        for (int i = 0; i < documents.size(); i++) {
            MockHttpServletResponse before = published.get(i);
            MockHttpServletResponse after = read(documents.get(i).get());
            assertThat(after.getContentAsByteArray()).as("document " + i).isEqualTo(before.getContentAsByteArray());
            assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
        }
        assertThat(read(get(PUBLIC)).getContentAsString())
                .contains(theme)
                .doesNotContain("Helemaal klaar", "Hernoemd thema", "Hernoemde partner");
        // and the legend it was published with is kept beside it
        assertThat(jdbc.sql("""
                select l.label from publication_legend l join publication v on v.id = l.publication_id
                join execution_plan p on p.id = v.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 and l.status = 'GREEN'""").query(String.class).list()).isNotEmpty().doesNotContain("Helemaal klaar");
    }

    private MockHttpServletResponse read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }
}
