package nl.ivbplanner.web;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two people (or thirty) sending the same request at the same moment, committed for real: for every unique rule the
 * loser gets the form's own Dutch message with its input, a same-moment save always gets the conflict form, and up
 * and down moves never deadlock. Never a 500. On Leidschendam-Voorburg's and Westland's frameworks, which the other
 * tests of this database leave alone; their plans are made here through the application.
 */
@IvbOwnDatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RacesTest {

    private static final String LV = "/gemeenten/leidschendam-voorburg/kaders/ivb-2020-2022";
    private static final String WESTLAND = "/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022";
    private static final List<String> LV_STAFF =
            List.of("adviseur.leidschendam-voorburg", "manager.leidschendam-voorburg");
    private static final List<String> WESTLAND_STAFF = List.of("adviseur.westland", "manager.westland");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(30);
    private final Map<String, String> outcomes = new TreeMap<>();
    private long lvConcept;
    private long westlandAdopted;
    private long westlandEvaluated;

    /**
     * Leidschendam-Voorburg's concept plan 2020 (from the framework's lines) for edits, links and moves; Westland's
     * plan 2019 adopted (verdicts) and its 2020 evaluated with every activity yellow (carry-over into 2021).
     */
    @BeforeAll
    void makeThePlans() throws Exception {
        lvConcept = newPlan(LV, 2020, "manager.leidschendam-voorburg");
        westlandAdopted = newPlan(WESTLAND, 2019, "manager.westland");
        westlandEvaluated = newPlan(WESTLAND, 2020, "manager.westland");
        Given given = Given.in(jdbc);
        given.plan(westlandAdopted).adopted(LocalDate.of(2019, 2, 1));
        given.plan(westlandEvaluated)
                .evaluated(LocalDate.of(2020, 2, 1), LocalDate.of(2021, 2, 1))
                .judgedAtYearEnd("YELLOW", "Loopt door");
    }

    @AfterAll
    void report() {
        pool.shutdownNow();
        System.out.println("Races and outcomes: " + outcomes);
    }

    @Test
    void twoNewPlansForTheSameYearGiveOnePlanAndTheFormWithItsMessage() throws Exception {
        List<MvcResult> results = atOnce(
                2,
                i -> post(LV + "/plannen/nieuw")
                        .param("jaar", "2021")
                        .param("titel", "Gelijktijdig plan " + i)
                        .param("basis", "LEEG")
                        .with(as(jdbc, LV_STAFF.get(i))));
        MvcResult loser = oneSavedOneShownAgain("new plan, same year", results);
        assertThat(text(loser)).contains("Er is al een uitvoeringsplan voor dit jaar onder dit kader.");
        assertThat(loser.getResponse().getContentAsString()).containsPattern("Gelijktijdig plan [01]");
        assertThat(count("select count(*) from execution_plan p join policy_framework f on f.id = p.framework_id "
                        + "where f.slug = 'ivb-2020-2022' and p.year = 2021"))
                .isOne();
    }

    @Test
    void twoLinksOfTheSamePartnerGiveOneLinkAndTheFormWithItsMessage() throws Exception {
        long activity = activity(lvConcept, 0);
        long partner = count("select min(id) from partner where municipality_id is null");
        List<MvcResult> results = atOnce(
                2,
                i -> post("/gemeenten/leidschendam-voorburg/activiteiten/{id}/partners", activity)
                        .param("partner", String.valueOf(partner))
                        .param("rol", "REGIE")
                        .param("benaming", "Benaming " + i)
                        .with(as(jdbc, LV_STAFF.get(i))));
        MvcResult loser = oneSavedOneShownAgain("partner link, same partner and role", results);
        assertThat(text(loser)).contains("Deze organisatie staat al met deze rol bij de activiteit.");
        assertThat(loser.getResponse().getContentAsString()).containsPattern("Benaming [01]");
        assertThat(count("select count(*) from activity_partner where activity_id = " + activity + " and partner_id = "
                        + partner + " and role = 'REGIE'"))
                .isOne();
    }

    @Test
    void twoNewOrganisationsOfTheSameNameGiveOneOrganisationAndTheFormWithItsMessage() throws Exception {
        List<Long> activities = List.of(activity(lvConcept, 1), activity(lvConcept, 2));
        List<MvcResult> results = atOnce(
                2,
                i -> post("/gemeenten/leidschendam-voorburg/activiteiten/{id}/partners", activities.get(i))
                        .param("nieuweOrganisatie", "Buurtvereniging Gelijktijdig")
                        .param("rol", "BETROKKEN")
                        .with(as(jdbc, LV_STAFF.get(i))));
        MvcResult loser = oneSavedOneShownAgain("new organisation, same name", results);
        assertThat(text(loser))
                .contains("‘Buurtvereniging Gelijktijdig’ staat al in de lijst. Kies de organisatie daar.");
        assertThat(count("select count(*) from partner where name = 'Buurtvereniging Gelijktijdig'"))
                .isOne();
    }

    @Test
    void twoFirstVerdictsOnOneRowGiveOneVerdictAndTheConflictFormWithTheOther() throws Exception {
        long activity = activity(westlandAdopted, 0);
        List<MvcResult> results = atOnce(
                2,
                i -> post(WESTLAND + "/plannen/2019/evaluatie/{activity}", activity)
                        .param("oordeel", i == 0 ? "GREEN" : "RED")
                        .param("resultaat", "Resultaat van " + i)
                        .param("version", "")
                        .with(as(jdbc, WESTLAND_STAFF.get(i))));
        MvcResult loser = oneSavedOneShownAgain("first verdict, same row", results);
        assertThat(text(loser)).contains("Een collega heeft intussen een oordeel over deze activiteit opgeslagen.");
        assertThat(loser.getResponse().getContentAsString()).containsPattern("Resultaat van [01]");
        assertThat(count("select count(*) from evaluation where moment = 'YEAR_END' and activity_id = " + activity))
                .isOne();
    }

    @Test
    void twoCarryOversOfTheSameActivityCopyItOnce() throws Exception {
        long yellow = activity(westlandEvaluated, 0);
        List<MvcResult> results = atOnce(
                2,
                i -> post(WESTLAND + "/plannen/2020/overnemen")
                        .param("activiteit", String.valueOf(yellow))
                        .with(as(jdbc, WESTLAND_STAFF.get(i))));
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(results)
                .extracting(r -> (List<?>) r.getFlashMap().get("messageArguments"))
                .extracting(arguments -> arguments.get(0) + " added, " + arguments.get(2) + " already there")
                .containsExactlyInAnyOrder("1 added, 0 already there", "0 added, 1 already there");
        outcomes.merge("carry-over, same activity", "302 copied + 302 already there", (a, b) -> a + "; " + b);
        assertThat(count("select count(*) from activity where carried_over_from_id = " + yellow))
                .isOne();
        assertThat(count("select count(*) from execution_plan p join policy_framework f on f.id = p.framework_id "
                        + "where f.slug = 'veiligheidsbeleid-2019-2022' and p.year = 2021"))
                .isOne();
    }

    /** The loser of a save at the same moment always gets the conflict form with its input, never the bare 409 page. */
    @Test
    void theLoserOfASameMomentSaveAlwaysGetsTheConflictForm() throws Exception {
        long activity = activity(lvConcept, 3);
        long theme = count("select theme_id from activity where id = " + activity);
        for (int round = 0; round < 20; round++) {
            String version = String.valueOf(count("select version from activity where id = " + activity));
            int r = round;
            List<MvcResult> results = atOnce(
                    2,
                    i -> post("/gemeenten/leidschendam-voorburg/activiteiten/{id}/bewerken", activity)
                            .param("thema", String.valueOf(theme))
                            .param("titel", "Ronde " + r + " van " + i)
                            .param("version", version)
                            .with(as(jdbc, LV_STAFF.get(i))));
            MvcResult loser = oneSavedOneShownAgain("same-moment save (20 rounds)", results);
            assertThat(text(loser))
                    .contains("Een collega heeft deze activiteit opgeslagen nadat u het formulier opende.");
            assertThat(loser.getResponse().getContentAsString()).contains("Ronde " + r + " van ");
        }
    }

    @Test
    void thirtyMovesAtOnceNeitherDeadlockNorLoseAPosition() throws Exception {
        String positions =
                "select string_agg(position::text, ',' order by position) from activity where plan_id = " + lvConcept;
        String before = jdbc.sql(positions).query(String.class).single();
        List<Long> movers = jdbc.sql("select id from activity where plan_id = ? order by position, id limit 6")
                .param(lvConcept)
                .query(Long.class)
                .list();
        List<MvcResult> results = atOnce(
                30,
                i -> post(
                                "/gemeenten/leidschendam-voorburg/activiteiten/{id}/"
                                        + (i % 2 == 0 ? "omhoog" : "omlaag"),
                                movers.get(i % movers.size()))
                        .with(as(jdbc, LV_STAFF.get(i % 2))));
        Map<Integer, Long> statuses = new TreeMap<>();
        results.forEach(r -> statuses.merge(r.getResponse().getStatus(), 1L, Long::sum));
        outcomes.put("30 up/down moves at once", statuses.toString());
        assertThat(statuses).containsOnlyKeys(302);
        assertThat(jdbc.sql(positions).query(String.class).single()).isEqualTo(before);
    }

    /** Exactly one of the two was saved (a redirect); the other shows its form again (200). */
    private MvcResult oneSavedOneShownAgain(String race, List<MvcResult> results) {
        List<Integer> statuses =
                results.stream().map(r -> r.getResponse().getStatus()).toList();
        outcomes.merge(
                race,
                statuses.stream()
                        .sorted()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + "+" + b)
                        .orElseThrow(),
                (a, b) -> a.equals(b) ? a : a + "; " + b);
        assertThat(statuses).as(race).containsExactlyInAnyOrder(302, 200);
        return results.stream()
                .filter(r -> r.getResponse().getStatus() == 200)
                .findFirst()
                .orElseThrow();
    }

    /** Builds the requests first, then lets them go at the same moment. */
    private List<MvcResult> atOnce(int count, IntFunction<MockHttpServletRequestBuilder> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MockHttpServletRequestBuilder post = request.apply(i).with(csrf());
            futures.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post).andReturn();
            }));
        }
        start.countDown();
        List<MvcResult> results = new ArrayList<>();
        for (Future<MvcResult> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private long newPlan(String framework, int year, String manager) throws Exception {
        MvcResult created = mvc.perform(post(framework + "/plannen/nieuw")
                        .param("jaar", String.valueOf(year))
                        .param("titel", "Uitvoeringsplan " + year)
                        .param("basis", "KADER")
                        .with(as(jdbc, manager))
                        .with(csrf()))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        return count(
                "select p.id from execution_plan p join policy_framework f on f.id = p.framework_id where f.slug = '"
                        + framework.substring(framework.lastIndexOf('/') + 1) + "' and p.year = " + year);
    }

    private long activity(long plan, int index) {
        return jdbc.sql("select id from activity where plan_id = ? order by position, id offset ? limit 1")
                .params(plan, index)
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String text(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString()).text();
    }
}
