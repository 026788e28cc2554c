package nl.ivbplanner.planimport;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The app's own export read back by the reader: every activity with its id and its texts as stored, and a workbook
 * edited as a user would (cells changed, rows added and deleted, a formula, a repeated or wrong Kenmerk).
 */
@IvbIntegrationTest
class PlanWorkbookRoundTripTest {

    static final String WASSENAAR_2026 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";
    static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    /** The roles the export writes after an organisation: '(trekker, regie)'. */
    private static final Pattern ROLES =
            Pattern.compile(" \\((trekker|regie|betrokken)(, (trekker|regie|betrokken))*\\)$");

    // columns of the export's Activities sheet
    private static final int KENMERK = 0;
    private static final int TITLE = 4;
    private static final int DESCRIPTION = 5;
    private static final int GOAL = 6;
    private static final int PARTNERS = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanWorkbookReader reader;

    @Test
    void everyActivityOfAnExportArrivesWithItsIdAndItsTextsAsStored() throws Exception {
        for (String[] plan :
                new String[][] {{WASSENAAR_2026, "adviseur.wassenaar"}, {RIJSWIJK_2026, "adviseur.rijswijk"}}) {
            ImportedPlan read = reader.read(new ByteArrayInputStream(export(get(plan[0] + "/export.xlsx"), plan[1])));
            assertThat(read.problems())
                    .as(plan[0])
                    .allSatisfy(p -> assertThat(p.messageKey()).startsWith("import.note.sheet-"));
            if (plan[0].equals(RIJSWIJK_2026)) {
                // KPI's, Metingen, Begroting and Formatie are read by their sheet imports; the totals are calculated
                assertThat(read.problems()).extracting(p -> p.place().part()).containsExactly("Formatie totalen");
                assertThat(read.problems())
                        .extracting(ImportProblem::messageKey)
                        .containsExactly("import.note.sheet-derived");
            }

            Map<Long, Stored> stored = stored(plan[0]);
            assertThat(read.activities()).hasSize(stored.size());
            assertThat(read.activities())
                    .extracting(ImportedActivity::id)
                    .containsExactlyInAnyOrderElementsOf(stored.keySet());
            Map<Long, Map<Long, Set<String>>> organisations = organisations(plan[0]);
            for (ImportedActivity activity : read.activities()) {
                Stored expected = stored.get(activity.id());
                assertThat(activity.title()).isEqualTo(expected.title());
                assertThat(activity.description()).isEqualTo(expected.description());
                assertThat(activity.goal()).isEqualTo(expected.goal());
                assertThat(activity.intendedResult()).isEqualTo(expected.intendedResult());
                assertThat(activity.planning()).isEqualTo(expected.planning());
                assertThat(activity.theme()).isEqualTo(expected.mainTheme());
                assertThat(activity.subTheme()).isEqualTo(expected.subTheme());
                assertThat(activity.objective()).isEqualTo(expected.objective());
                assertThat(activity.status()).isNull(); // a concept's export has no verdicts
                // each organisation once, named as the plan names it, with its leading roles in brackets
                Set<String> names = activity.partners().stream()
                        .map(p -> ROLES.matcher(p).replaceAll(""))
                        .collect(Collectors.toSet());
                // every organisation of the activity arrives under one of the names the plan uses for it there
                // (the plan page names an organisation once, whatever wording each of its roles has)
                Map<Long, Set<String>> partners = organisations.getOrDefault(activity.id(), Map.of());
                assertThat(names)
                        .as(activity.title())
                        .hasSize(activity.partners().size());
                assertThat(partners.values())
                        .as(activity.title())
                        .allSatisfy(wordings -> assertThat(wordings).containsAnyElementsOf(names));
                assertThat(names)
                        .as(activity.title())
                        .allSatisfy(name -> assertThat(partners.values()).anyMatch(w -> w.contains(name)));
            }
            assertThat(read.activities())
                    .extracting(a -> a.place().row())
                    .containsExactlyElementsOf(rowsFrom(2, read.activities().size()));
        }
    }

    @Test
    void anEnglishExportOfAnEvaluatedPlanReadsTheSameWithItsVerdicts() throws Exception {
        ImportedPlan dutch = reader.read(
                new ByteArrayInputStream(export(get(WASSENAAR_2025 + "/export.xlsx"), "adviseur.wassenaar")));
        ImportedPlan english = reader.read(new ByteArrayInputStream(export(
                get(WASSENAAR_2025 + "/export.xlsx").cookie(new Cookie("ivb-taal", "en")), "adviseur.wassenaar")));
        assertThat(english.activities()).hasSize(21);
        assertThat(english.activities().get(0).place().part()).isEqualTo("Activities");
        assertThat(english.activities())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("place")
                .containsExactlyElementsOf(dutch.activities());
        assertThat(dutch.activities())
                .extracting(ImportedActivity::status)
                .containsOnly("Gereed", "Op schema 2026/2027", "Niet uitgevoerd/vindt geen doorgang");
        // its KPIs and measurements are read by their sheet imports; its budget and formation sheets are empty
        assertThat(english.problems()).isEmpty();
    }

    @Test
    void aWorkbookEditedByAUserArrivesWithItsChangesNewRowsAndProblems() throws Exception {
        byte[] edited;
        long deleted;
        long duplicated;
        List<Long> before = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(export(get(WASSENAAR_2026 + "/export.xlsx"), "adviseur.wassenaar")))) {
            XSSFSheet sheet = workbook.getSheet("Activiteiten");
            assertThat(sheet.getLastRowNum()).isGreaterThan(10);
            // delete the fifth activity (row 6) as Excel's 'delete row' does: the rows below move up
            deleted = id(sheet.getRow(5));
            sheet.shiftRows(6, sheet.getLastRowNum(), -1);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                before.add(id(sheet.getRow(r)));
            }
            // three changed cells
            sheet.getRow(1).getCell(TITLE).setCellValue("Een nieuwe titel ");
            sheet.getRow(2).getCell(DESCRIPTION).setCellValue("Regel één\nregel twee; met € en ‘aanhalingstekens’");
            sheet.getRow(3).getCell(PARTNERS).setCellValue("Politie (trekker); RIEC;  Gemeente Wassenaar ");
            // a formula, a Kenmerk twice, text in a Kenmerk
            sheet.getRow(4).getCell(GOAL).setCellFormula("LEN(E5)");
            duplicated = id(sheet.getRow(6));
            sheet.getRow(7).getCell(KENMERK).setCellValue((double) duplicated);
            sheet.getRow(8).getCell(KENMERK).setCellValue("nieuw");
            // two new rows below the others, the Kenmerk left empty
            int last = sheet.getLastRowNum();
            Row first = sheet.createRow(last + 1);
            first.createCell(1).setCellValue("Zorg en veiligheid");
            first.createCell(TITLE).setCellValue("Nieuwe activiteit A");
            first.createCell(PARTNERS).setCellValue("GGD Haaglanden (trekker)");
            Row second = sheet.createRow(last + 2);
            second.createCell(TITLE).setCellValue("Nieuwe activiteit B");
            second.createCell(9).setCellValue(2026);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }

        ImportedPlan read = reader.read(new ByteArrayInputStream(edited));
        List<ImportedActivity> activities = read.activities();
        assertThat(activities).hasSize(before.size() + 2);
        assertThat(activities).extracting(ImportedActivity::id).doesNotContain(deleted);
        List<Long> expectedIds = new ArrayList<>(before);
        expectedIds.set(6, duplicated); // row 8 has the id of row 7 now
        expectedIds.set(7, null); // 'nieuw' is no id
        expectedIds.add(null);
        expectedIds.add(null);
        assertThat(activities).extracting(ImportedActivity::id).containsExactlyElementsOf(expectedIds);

        assertThat(activities.get(0).title()).isEqualTo("Een nieuwe titel");
        assertThat(activities.get(1).description()).isEqualTo("Regel één\nregel twee; met € en ‘aanhalingstekens’");
        assertThat(activities.get(2).partners()).containsExactly("Politie (trekker)", "RIEC", "Gemeente Wassenaar");
        assertThat(activities.get(3).goal()).isNull();
        ImportedActivity a = activities.get(activities.size() - 2);
        assertThat(a.title()).isEqualTo("Nieuwe activiteit A");
        assertThat(a.theme()).isEqualTo("Zorg en veiligheid");
        assertThat(a.partners()).containsExactly("GGD Haaglanden (trekker)");
        assertThat(a.place()).isEqualTo(SourcePlace.of("Activiteiten", before.size() + 2));
        ImportedActivity b = activities.get(activities.size() - 1);
        assertThat(b.title()).isEqualTo("Nieuwe activiteit B");
        assertThat(b.planning()).isEqualTo("2026");
        assertThat(b.partners()).isEmpty();

        assertThat(read.problems().stream()
                        .filter(p -> !p.messageKey().startsWith("import.note."))
                        .toList())
                .containsExactly(
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 5, "Doel"), "import.problem.formula", "LEN(E5)"),
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 8, "Kenmerk"),
                                "import.problem.id.duplicate",
                                duplicated,
                                7),
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 9, "Kenmerk"), "import.problem.id.invalid", "nieuw"));
        assertThat(read.activities().get(5).place().row()).isEqualTo(7);
    }

    @Test
    void theBlankTemplateFilledInWithItsOwnThemesArrivesWithoutProblems() throws Exception {
        byte[] filled;
        String theme;
        String subTheme;
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(export(get(RIJSWIJK_2026 + "/importsjabloon.xlsx"), "adviseur.rijswijk")))) {
            XSSFSheet themes = workbook.getSheet("Thema's");
            theme = themes.getRow(1).getCell(0).getStringCellValue();
            subTheme = themes.getRow(1).getCell(2).getStringCellValue();
            Row row = workbook.getSheet("Activiteiten").createRow(1);
            row.createCell(1).setCellValue(theme);
            row.createCell(2).setCellValue(subTheme);
            row.createCell(TITLE).setCellValue("Een activiteit uit het sjabloon");
            row.createCell(PARTNERS).setCellValue("Politie (trekker); RIEC");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        ImportedPlan read = reader.read(new ByteArrayInputStream(filled));
        assertThat(read.problems()).isEmpty(); // the themes sheet is the template's own, not a sheet left unread
        assertThat(read.activities()).singleElement().satisfies(a -> {
            assertThat(a.id()).isNull();
            assertThat(a.theme()).isEqualTo(theme);
            assertThat(a.subTheme()).isEqualTo(subTheme);
            assertThat(a.partners()).containsExactly("Politie (trekker)", "RIEC");
        });
    }

    private byte[] export(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static long id(Row row) {
        return (long) row.getCell(KENMERK).getNumericCellValue();
    }

    private static List<Integer> rowsFrom(int first, int count) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(first + i);
        }
        return rows;
    }

    record Stored(
            long id,
            String mainTheme,
            String subTheme,
            String objective,
            String title,
            String description,
            String goal,
            String intendedResult,
            String planning) {}

    /** The activities as stored, texts trimmed and empty ones null, themes and objective labelled as printed. */
    private Map<Long, Stored> stored(String page) {
        Map<Long, Stored> stored = new HashMap<>();
        jdbc.sql("""
                select a.id, concat_ws('. ', main.code, main.name) as main_theme,
                       case when t.id = main.id then null else concat_ws('. ', t.code, t.name) end as sub_theme,
                       case when o.id is null then null else concat_ws('. ', o.number, o.text) end as objective,
                       a.title, a.description, a.goal, a.intended_result, a.planning
                from activity a join theme t on t.id = a.theme_id join theme_tree tree on tree.id = t.id
                join theme main on main.id = tree.main_theme_id left join objective o on o.id = a.objective_id
                where a.plan_id = (%s)""".formatted(planIdSql(page)))
                .query(Stored.class)
                .list()
                .forEach(s -> stored.put(
                        s.id(),
                        new Stored(
                                s.id(),
                                trimmed(s.mainTheme()),
                                trimmed(s.subTheme()),
                                trimmed(s.objective()),
                                trimmed(s.title()),
                                trimmed(s.description()),
                                trimmed(s.goal()),
                                trimmed(s.intendedResult()),
                                trimmed(s.planning()))));
        return stored;
    }

    /** Per activity, per organisation: the names the plan gives it there (one per role at most). */
    private Map<Long, Map<Long, Set<String>>> organisations(String page) {
        Map<Long, Map<Long, Set<String>>> names = new HashMap<>();
        jdbc.sql("""
                select ap.activity_id, ap.partner_id, coalesce(ap.wording, p.name) as name from activity_partner ap
                join partner p on p.id = ap.partner_id join activity a on a.id = ap.activity_id
                where a.plan_id = (%s)""".formatted(planIdSql(page)))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list()
                .forEach(row -> names.computeIfAbsent((Long) row.get(0), k -> new HashMap<>())
                        .computeIfAbsent((Long) row.get(1), k -> new HashSet<>())
                        .add((String) row.get(2)));
        return names;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String planIdSql(String page) {
        String[] parts = page.split("/");
        return """
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                where m.slug = '%s' and f.slug = '%s' and p.year = %s""".formatted(parts[2], parts[4], parts[6]);
    }
}
