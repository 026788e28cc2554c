package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The voortgangsrapportage of an adopted plan: each activity's interim status, for those who may read the plan. */
@IvbIntegrationTest
@Transactional
class ProgressReportTest {

    static final String PLAN = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheInterimStatusOfEachActivityOfAnAdoptedPlan() throws Exception {
        Given.Plan plan = Given.in(jdbc)
                .plan("strategisch-veiligheidsbeleid-2026-2030", 2026)
                .adopted(LocalDate.of(2026, 2, 10));
        List<Long> activities = plan.activities();
        jdbc.sql("""
                insert into evaluation (activity_id, moment, status, result_text, evaluated_at)
                values (?, 'INTERIM', 'YELLOW', 'Loopt later dan gepland.', now()),
                       (?, 'INTERIM', 'GREEN', null, now())""").param(activities.get(0)).param(activities.get(1)).update();

        Document report = Jsoup.parse(mvc.perform(get(PLAN + "/voortgang").with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(report.select("h1 + .report-title-page__kind").text()).isEqualTo("Voortgangsrapportage");
        assertThat(report.select("section.report-theme thead th").eachText()).contains("Tussentijdse stand");
        assertThat(report.select("th.report-activity strong")).hasSize(activities.size());
        String statuses = report.select("section.report-theme td .report-verdict")
                .eachText()
                .toString();
        assertThat(report.select("section.report-theme td .report-verdict--yellow"))
                .hasSize(1);
        assertThat(report.select("section.report-theme td .report-verdict--green"))
                .hasSize(1);
        assertThat(report.select("section.report-theme td .report-verdict--not_evaluated"))
                .as(statuses)
                .hasSize(activities.size() - 2);
        // the summary counts the interim statuses per theme
        assertThat(report.select("#samenvatting").text()).isEqualTo("Samenvatting van de tussentijdse stand");
        long counted = report.select("#samenvatting ~ table tbody tr").stream()
                .mapToLong(row -> Long.parseLong(row.select("td").get(1).text()))
                .sum();
        assertThat(counted).isEqualTo(1);

        mvc.perform(get(PLAN + "/voortgang.pdf").with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE));
        assertThat(Jsoup.parse(mvc.perform(get(PLAN).with(as(jdbc, "raadslid.rijswijk")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("a[href=" + PLAN + "/voortgang]"))
                .hasSize(1);
    }

    @Test
    void aConceptHasNoProgressAndOthersMayNotReadIt() throws Exception {
        mvc.perform(get(PLAN + "/voortgang").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isNotFound());
        Given.in(jdbc).plan("strategisch-veiligheidsbeleid-2026-2030", 2026).adopted(LocalDate.of(2026, 2, 10));
        mvc.perform(get(PLAN + "/voortgang").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/openbaar/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/voortgang"))
                .andExpect(status().isNotFound());
    }
}
