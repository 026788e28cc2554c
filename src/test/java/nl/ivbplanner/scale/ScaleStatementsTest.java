package nl.ivbplanner.scale;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every reading page runs the same number of SQL statements with the four seeded municipalities as with 30 generated
 * ones around them (bench/generate-region-data.sql, with its history rows): a page whose count grew would have a
 * query per row somewhere (N+1) or a list that grows with the database. The generated data is loaded in the test's
 * transaction and rolled back with it, so no other test sees it.
 */
@IvbIntegrationTest
class ScaleStatementsTest {

    private static final int GENERATED_MUNICIPALITIES = 30;
    private static final String WASSENAAR_IVB = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
    private static final String WASSENAAR_2025 = WASSENAAR_IVB + "/plannen/2025";
    private static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String PUBLISHED_2025 = "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    /** Lies in Veiligheidsregio Haaglanden with the seeded four, so /regio shows it too. */
    private static final String GENERATED = "bench-025";

    private static final String GENERATED_FRAMEWORK = "/gemeenten/" + GENERATED + "/kaders/ivb-2023-2030";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    SqlStatementCounter counter;

    /** A page read by one reader (null: nobody signed in). */
    private record Read(String path, String user) {
        @Override
        public String toString() {
            return path + " as " + (user == null ? "anonymous" : user);
        }
    }

    @Test
    @Transactional
    void everyReadingPageRunsTheSameStatementsWithThirtyGeneratedMunicipalitiesAround() throws Exception {
        // The plan page keeps its rendered content per database snapshot, except in a transaction that wrote; give
        // this one a transaction id now, so that both counts below are of pages read from the database.
        jdbc.sql("select pg_current_xact_id()").query(String.class).single();
        long seededActivity = jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 order by a.id limit 1""").query(Long.class).single();
        List<Read> reads = seededReads(seededActivity);

        Map<String, Integer> seeded = counts(reads);
        loadGeneratedMunicipalities();
        Map<String, Integer> atScale = counts(reads);

        System.out.println("Statements per page, seeded and with " + GENERATED_MUNICIPALITIES + " generated:");
        seeded.forEach((read, count) -> System.out.println("  " + count + " / " + atScale.get(read) + "  " + read));
        assertThat(atScale).containsExactlyEntriesOf(seeded);

        // The generated municipality's own pages run what the seeded ones of the same kind run: an evaluated plan of
        // 100 activities with history and verdicts, its dashboard, municipality page and an activity with a change.
        long generatedActivity =
                jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id join municipality m on m.id = f.municipality_id
                where m.slug = ? and p.year = 2026 and a.status_note is not null order by a.id limit 1""").param(GENERATED).query(Long.class).single();
        Map<String, Integer> generated = counts(List.of(
                new Read("/gemeenten/" + GENERATED, "beheerder"),
                new Read(GENERATED_FRAMEWORK, "beheerder"),
                new Read(GENERATED_FRAMEWORK + "/plannen/2026", "beheerder"),
                new Read(GENERATED_FRAMEWORK + "/dashboard", "beheerder"),
                new Read(GENERATED_FRAMEWORK + "/plannen/2026/geschiedenis", "beheerder"),
                new Read("/gemeenten/" + GENERATED + "/activiteiten/" + generatedActivity, "beheerder")));
        generated.forEach((read, count) -> System.out.println("  " + count + "  " + read));
        assertThat(generated.values())
                .containsExactly(
                        seeded.get(new Read("/gemeenten/wassenaar", "beheerder").toString()),
                        seeded.get(new Read(WASSENAAR_IVB, "beheerder").toString()),
                        seeded.get(new Read(WASSENAAR_2025, "beheerder").toString()),
                        seeded.get(new Read(WASSENAAR_IVB + "/dashboard", "beheerder").toString()),
                        seeded.get(new Read(WASSENAAR_2025 + "/geschiedenis", "beheerder").toString()),
                        seeded.get(new Read("/gemeenten/wassenaar/activiteiten/" + seededActivity, "beheerder")
                                .toString()));
    }

    private static List<Read> seededReads(long activity) {
        String activityPage = "/gemeenten/wassenaar/activiteiten/" + activity;
        return List.of(
                new Read("/", "beheerder"),
                new Read("/", "raadslid.wassenaar"),
                new Read("/gemeenten/wassenaar", "beheerder"),
                new Read("/gemeenten/wassenaar", "raadslid.wassenaar"),
                new Read(WASSENAAR_IVB, "beheerder"),
                new Read(WASSENAAR_IVB, "raadslid.wassenaar"),
                new Read(RIJSWIJK_2026, "beheerder"),
                new Read(RIJSWIJK_2026, "adviseur.rijswijk"),
                new Read(RIJSWIJK_2026 + "?zoek=jongeren", "adviseur.rijswijk"),
                new Read(WASSENAAR_2025, "beheerder"),
                new Read(WASSENAAR_2025, "raadslid.wassenaar"),
                new Read(WASSENAAR_IVB + "/dashboard", "beheerder"),
                new Read(WASSENAAR_IVB + "/dashboard", "manager.wassenaar"),
                new Read(WASSENAAR_2025 + "/geschiedenis", "beheerder"),
                new Read(
                        WASSENAAR_2025 + "/geschiedenis?persoon=adviseur.wassenaar&van=1-1-2020&pagina=2",
                        "adviseur.wassenaar"),
                new Read(RIJSWIJK_2026 + "/geschiedenis", "manager.rijswijk"),
                new Read("/regio", "beheerder"),
                new Read("/regio", "raadslid.wassenaar"),
                new Read("/regio/partners/politie", "raadslid.wassenaar"),
                new Read(activityPage, "beheerder"),
                new Read(activityPage, "adviseur.wassenaar"),
                new Read(activityPage, "raadslid.wassenaar"),
                new Read("/openbaar/wassenaar", null),
                new Read(WASSENAAR_2025 + "/rapport", "adviseur.wassenaar"),
                new Read(WASSENAAR_2025 + "/rapport", "raadslid.wassenaar"),
                new Read(WASSENAAR_2025 + "/rapport.pdf", "adviseur.wassenaar"),
                new Read(WASSENAAR_2025 + "/rapport.pdf", "raadslid.wassenaar"),
                new Read(WASSENAAR_2025 + "/verantwoording", "adviseur.wassenaar"),
                new Read(WASSENAAR_2025 + "/verantwoording", "raadslid.wassenaar"),
                new Read(PUBLISHED_2025, null),
                new Read(PUBLISHED_2025 + ".pdf", null),
                new Read(PUBLISHED_2025 + "/verantwoording", null),
                new Read("/openbaar/wassenaar/kaders/ivb-2024-2027", null));
    }

    /**
     * Each page read once unmeasured first: a seeded plan's report is published on its first read, and that write
     * is no part of reading it.
     */
    private Map<String, Integer> counts(List<Read> reads) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Read read : reads) {
            read(read);
            counts.put(read.toString(), counter.count(() -> read(read)));
        }
        return counts;
    }

    private void read(Read read) throws Exception {
        var request = get(read.path());
        if (read.user() != null) {
            RequestPostProcessor user = as(jdbc, read.user());
            request = request.with(user);
        }
        mvc.perform(request).andExpect(status().isOk());
    }

    /**
     * The generator's transaction (between its 'begin;' and 'commit;' lines) with the number of municipalities filled
     * in, run in this test's transaction; its psql commands and the vacuum after the commit stay out.
     */
    private void loadGeneratedMunicipalities() throws Exception {
        String script = Files.readString(Path.of("bench/generate-region-data.sql"), StandardCharsets.UTF_8);
        int begin = script.indexOf("\nbegin;\n");
        int commit = script.indexOf("\ncommit;\n");
        assertThat(begin).as("begin; in the generator").isPositive();
        assertThat(commit).as("commit; in the generator").isGreaterThan(begin);
        String body = script.substring(begin + "\nbegin;\n".length(), commit + 1)
                .replace(":municipalities", Integer.toString(GENERATED_MUNICIPALITIES));
        jdbcTemplate.execute(body);
        assertThat(jdbc.sql("select count(*) from municipality where slug like 'bench-%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(GENERATED_MUNICIPALITIES);
    }
}
