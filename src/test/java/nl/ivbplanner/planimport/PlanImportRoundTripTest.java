package nl.ivbplanner.planimport;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The Excel round trip on Wassenaar's concept plan 2026, through the pages an advisor uses: the export imported back
 * unchanged says so; edited rows and new rows are shown before they are written, then written all at once with the
 * plan's import history and the activity's own history naming the advisor; a row the workbook no longer has stays
 * unless ticked; a plan changed since the preview is not overwritten; a theme the framework does not have is reported
 * with its row and column. On a database of its own: these imports are committed.
 */
@IvbOwnDatabaseTest
class PlanImportRoundTripTest {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";
    private static final String ADVISOR = "adviseur.wassenaar";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void theExportImportedBackUnchangedChangesNothing() throws Exception {
        String preview = pages().preview(pages().export(), "plan.xlsx");

        assertThat(preview).contains("Niets gewijzigd: het bestand komt overeen met het plan.");
        assertThat(preview).doesNotContain("Import uitvoeren");
    }

    @Test
    void threeChangedRowsAndTwoNewOnesArePreviewedThenWrittenWithTheirHistory() throws Exception {
        ExportedActivitySheet activities = new ExportedActivitySheet(pages().export(), messages);
        List<Row> rows = activities.rows();
        long first = activities.id(rows.get(0));
        long second = activities.id(rows.get(1));
        long third = activities.id(rows.get(2));
        activities.set(rows.get(0), "export.activity.planning", "Q3 2026");
        activities.set(rows.get(1), "export.activity.goal", "Minder woninginbraken in 2026 dan in 2025.");
        activities.set(rows.get(2), "export.activity.partners", "Politie (trekker); Buurtvereniging Oostdorp");
        Row fourth = activities.copyBelow(rows.get(0), "Buurtschouw met bewoners van Kerkehout");
        activities.copyBelow(fourth, "Voorlichting over babbeltrucs in de bibliotheek");

        String page = pages().preview(activities.bytes(), "plan.xlsx");

        assertThat(page)
                .contains("2 nieuw, 3 gewijzigd")
                .contains("Buurtschouw met bewoners van Kerkehout")
                .contains("Q3 2026")
                .contains("Buurtvereniging Oostdorp")
                .contains("Import uitvoeren");

        MvcResult applied = pages().confirm(page);

        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo(PLAN);
        assertThat(jdbc.sql("select planning from activity where id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo("Q3 2026");
        assertThat(jdbc.sql("select goal from activity where id = ?")
                        .param(second)
                        .query(String.class)
                        .single())
                .isEqualTo("Minder woninginbraken in 2026 dan in 2025.");
        assertThat(jdbc.sql("""
                        select p.name || ':' || ap.role from activity_partner ap join partner p on p.id = ap.partner_id
                        where ap.activity_id = ? order by ap.position""").param(third).query(String.class).list())
                .hasSize(2)
                .last()
                .isEqualTo("Buurtvereniging Oostdorp:BETROKKEN");
        assertThat(jdbc.sql("""
                        select count(*) from activity a join execution_plan p on p.id = a.plan_id
                        where p.id = (select plan_id from activity where id = ?)
                          and a.title in ('Buurtschouw met bewoners van Kerkehout',
                                          'Voorlichting over babbeltrucs in de bibliotheek')""").param(first).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select applied_by || ' ' || added || '/' || changed || '/' || removed || ' ' || file_name
                        from plan_import where applied_at is not null order by applied_at desc limit 1""").query(String.class).single()).isEqualTo(ADVISOR + " 2/3/0 plan.xlsx");
        assertThat(jdbc.sql("""
                        select r.username from activity_aud a join revinfo r on r.rev = a.rev
                        where a.id = ? order by a.rev desc limit 1""").param(first).query(String.class).single()).isEqualTo(ADVISOR);
        assertThat(mvc.perform(get(PLAN + "/import").with(as(jdbc, ADVISOR)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("plan.xlsx")
                .contains(ADVISOR);
    }

    @Test
    void aRowTheWorkbookNoLongerHasStaysUnlessTicked() throws Exception {
        ExportedActivitySheet activities = new ExportedActivitySheet(pages().export(), messages);
        Row last = activities.rows().get(activities.rows().size() - 1);
        long gone = activities.id(last);
        activities.remove(last);

        String page = pages().preview(activities.bytes(), "plan.xlsx");
        assertThat(page).contains("Activiteiten die niet meer in het bestand staan (1)");
        pages().confirm(page);
        assertThat(exists(gone)).isTrue();

        String again = pages().preview(activities.bytes(), "plan.xlsx");
        pages().confirm(again, "verwijderen", List.of(gone));
        assertThat(exists(gone)).isFalse();
    }

    @Test
    void aPlanChangedSinceThePreviewIsShownAgainAndNotOverwritten() throws Exception {
        ExportedActivitySheet activities = new ExportedActivitySheet(pages().export(), messages);
        Row row = activities.rows().get(3);
        long id = activities.id(row);
        activities.set(row, "export.activity.planning", "Hele jaar");
        String page = pages().preview(activities.bytes(), "plan.xlsx");

        jdbc.sql("update activity set planning = 'Door een collega gewijzigd', version = version + 1 where id = ?")
                .param(id)
                .update();
        MvcResult again = pages().confirm(page);

        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Het plan is gewijzigd sinds u dit voorbeeld opende")
                .contains("Door een collega gewijzigd");
        assertThat(jdbc.sql("select planning from activity where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Door een collega gewijzigd");
    }

    @Test
    void aThemeTheFrameworkDoesNotHaveIsReportedWithItsRowAndColumn() throws Exception {
        ExportedActivitySheet activities = new ExportedActivitySheet(pages().export(), messages);
        Row row = activities.rows().get(0);
        activities.set(row, "export.activity.theme", "Milieu & klimaat");
        activities.set(row, "export.activity.sub-theme", null);

        String page = pages().preview(activities.bytes(), "plan.xlsx");

        assertThat(page)
                .contains("Activiteiten, rij " + (row.getRowNum() + 1) + ", kolom Thema:")
                .contains("&#39;Milieu &amp; klimaat&#39; is geen thema van dit kader")
                .doesNotContain("Import uitvoeren");
    }

    private ImportPages pages() {
        return new ImportPages(mvc, jdbc, PLAN, ADVISOR);
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from activity where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 1;
    }
}
