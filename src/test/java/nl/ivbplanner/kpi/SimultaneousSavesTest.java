package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two advisors saving the same KPI, or the same measurement, at the same moment: one is saved, the other gets the
 * form back with the Dutch message, never a 500, whether the form's check or the unique index (V12) stops it
 * (committed for real; the test removes what it added).
 */
@IvbIntegrationTest
class SimultaneousSavesTest {

    private static final String KPIS =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/kpis";
    private static final String NAME = "Gelijktijdig opgeslagen KPI";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatTheTestAdded() {
        jdbc.sql("delete from kpi where name = ?").param(NAME).update();
        jdbc.sql("delete from measurement where period = 'Gelijktijdig 2026'").update();
    }

    @Test
    void twoEqualKpisAtOnceGiveOneKpiAndOneMessage() throws Exception {
        List<MockHttpServletResponse> responses = atOnce(() -> post(KPIS + "/nieuw")
                .param("naam", NAME)
                .param("soort", "MILESTONE")
                .param("streefjaar", "2026"));
        assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
        assertThat(responses.stream()
                        .filter(r -> r.getStatus() == 200)
                        .findFirst()
                        .orElseThrow()
                        .getContentAsString())
                .contains("Dit plan heeft al een KPI met deze naam en eenheid.")
                .contains(NAME);
        assertThat(jdbc.sql("select count(*) from kpi where name = ?")
                        .param(NAME)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void twoMeasurementsOfOnePeriodAtOnceGiveOneMeasurementAndOneMessage() throws Exception {
        long kpi = jdbc.sql("""
                select min(k.id) from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and k.kind = 'NUMERIC'""").query(Long.class).single();
        List<MockHttpServletResponse> responses = atOnce(() -> post(KPIS + "/{id}/metingen", kpi)
                .param("periode", "Gelijktijdig 2026")
                .param("waarde", "5")
                .param("bron", "POLITIE"));
        assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
        assertThat(responses.stream()
                        .filter(r -> r.getStatus() == 200)
                        .findFirst()
                        .orElseThrow()
                        .getContentAsString())
                .contains("Deze KPI heeft al een meting voor deze periode.");
        assertThat(jdbc.sql("select count(*) from measurement where period = 'Gelijktijdig 2026'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private List<MockHttpServletResponse> atOnce(Callable<MockHttpServletRequestBuilder> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (String advisor : List.of("adviseur.rijswijk", "manager.rijswijk")) {
                futures.add(pool.submit(() -> {
                    MockHttpServletRequestBuilder post =
                            request.call().with(as(jdbc, advisor)).with(csrf());
                    start.await();
                    return mvc.perform(post).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
