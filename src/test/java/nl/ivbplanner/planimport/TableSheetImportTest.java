package nl.ivbplanner.planimport;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The budget and formation sheets of Rijswijk's concept plan 2026, exported by the app and edited here with POI as a
 * user would in Excel or LibreOffice, compared with the plan: what would change, and every problem at its sheet, row
 * and column. Nothing is written.
 */
@IvbIntegrationTest
class TableSheetImportTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final PlanAddress ADDRESS =
            new PlanAddress("rijswijk", "strategisch-veiligheidsbeleid-2026-2030", 2026);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    // the columns as the export writes them
    private static final int KENMERK = 0;
    private static final int TABLE = 1;
    private static final int LABEL = 2;
    private static final int AMOUNT = 3;
    private static final int REMARK = 4;
    private static final int GROUP = 2;
    private static final int FUNCTION = 3;
    private static final int ORGANISATION = 4;
    private static final int PART = 5;
    private static final int EXISTING = 6;
    private static final int ADDED = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    PlanHeaderQueries headers;

    @Autowired
    BudgetSheetImport budget;

    @Autowired
    FormationSheetImport formation;

    @Test
    void theExportReadsBackUnchangedInDutchAndInEnglish() throws Exception {
        for (Cookie language : List.of(new Cookie("ivb-taal", "nl"), new Cookie("ivb-taal", "en"))) {
            try (XSSFWorkbook workbook = export(get(PLAN + "/export.xlsx").cookie(language))) {
                SheetChanges lines = budget.compare(workbook, plan(), labels());
                assertThat(lines.problems()).as(language.getValue()).isEmpty();
                assertThat(lines.nothingChanged()).as(language.getValue()).isTrue();
                assertThat(lines.unchanged()).isEqualTo(10);

                SheetChanges staff = formation.compare(workbook, plan(), labels());
                assertThat(staff.problems()).as(language.getValue()).isEmpty();
                assertThat(staff.nothingChanged()).as(language.getValue()).isTrue();
                assertThat(staff.unchanged()).isEqualTo(29);
            }
        }
    }

    @Test
    void aWorkbookWithoutTheSheetsChangesNothingAndListsNothingAsMissing() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Activiteiten").createRow(0).createCell(0).setCellValue("Activiteit");
            assertThat(budget.compare(workbook, plan(), labels()).nothingChanged())
                    .isTrue();
            assertThat(formation.compare(workbook, plan(), labels()).nothingChanged())
                    .isTrue();
        }
    }

    @Test
    void changedAmountsTextsAndNewLinesInAnExistingAndANewTableAreShownWithTheirValuesTheDutchWay() throws Exception {
        try (XSSFWorkbook workbook = export(get(PLAN + "/export.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("Begroting");
            Row zorg = row(sheet, LABEL, "Zorg en Veiligheid");
            zorg.getCell(AMOUNT).setCellValue(50000); // was € 47.000,00
            Row femicide = row(sheet, LABEL, "Femicide");
            femicide.getCell(AMOUNT).setCellValue("€ 1.250,50"); // was the text '€ ---', now an amount as text
            Row jeugd = row(sheet, LABEL, "Jeugd en Preventie");
            jeugd.getCell(REMARK).setBlank();
            long removed = id(row(sheet, LABEL, "Rampenbestrijding"));
            sheet.removeRow(row(sheet, LABEL, "Rampenbestrijding"));
            Row inExisting = newRow(sheet, "crisisbeheersing ", "Oefenen met de veiligheidsregio", "PM", null);
            Row inNew = newRow(sheet, "Incidentele middelen 2026", "Wijkschouwen", null, "eenmalig");
            inNew.createCell(AMOUNT).setCellValue(12000);

            SheetChanges changes = budget.compare(workbook, plan(), labels());

            assertThat(changes.problems()).isEmpty();
            assertThat(changes.unchanged()).isEqualTo(6);
            assertThat(changes.changed())
                    .extracting(SheetChanges.Line::label, SheetChanges.Line::changes)
                    .containsExactly(
                            tuple(
                                    "Openbare Orde en Veiligheid & Bibob: Zorg en Veiligheid",
                                    List.of(new FieldChange("export.budget.amount", "€ 47.000,00", "€ 50.000,00"))),
                            tuple(
                                    "Openbare Orde en Veiligheid & Bibob: Femicide",
                                    List.of(new FieldChange("export.budget.amount", "€ ---", "€ 1.250,50"))),
                            tuple(
                                    "Openbare Orde en Veiligheid & Bibob: Jeugd en Preventie",
                                    List.of(new FieldChange("export.budget.remark", "VRIS/HALT", null))));
            assertThat(changes.changed().get(0).place())
                    .isEqualTo(new SourcePlace("Begroting", zorg.getRowNum() + 1, "Post"));
            assertThat(changes.added())
                    .extracting(SheetChanges.Line::label, line -> line.place().row())
                    .containsExactly(
                            tuple("Crisisbeheersing: Oefenen met de veiligheidsregio", inExisting.getRowNum() + 1),
                            tuple("Incidentele middelen 2026 (nieuwe tabel): Wijkschouwen", inNew.getRowNum() + 1));
            assertThat(changes.missing())
                    .containsExactly(new ImportPreview.Missing(removed, "Crisisbeheersing: Rampenbestrijding"));
        }
    }

    @Test
    void valuesThatBreakTheBudgetLinesRulesAreProblemsAtTheirSheetRowAndColumn() throws Exception {
        try (XSSFWorkbook workbook = export(get(PLAN + "/export.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("Begroting");
            sheet.getRow(1).getCell(AMOUNT).setCellValue("12.5"); // an English decimal point
            sheet.getRow(2).getCell(AMOUNT).setCellValue(-300);
            sheet.getRow(3).getCell(AMOUNT).setCellValue(10.125);
            sheet.getRow(4).getCell(LABEL).setBlank();
            sheet.getRow(5).getCell(AMOUNT).setBlank();
            sheet.getRow(6).getCell(TABLE).setCellValue("Crisisbeheersing");
            sheet.getRow(7)
                    .getCell(KENMERK)
                    .setCellValue(sheet.getRow(1).getCell(KENMERK).getNumericCellValue());
            sheet.getRow(8).getCell(KENMERK).setCellValue("nieuw");
            sheet.getRow(9).getCell(KENMERK).setCellValue(999_999);
            newRow(sheet, null, "Zonder tabel", "PM", null);
            newRow(sheet, "Crisisbeheersing", "Te lange tekst", "x".repeat(121), null);

            SheetChanges changes = budget.compare(workbook, plan(), labels());

            assertThat(changes.problems())
                    .extracting(p -> p.place(), p -> p.messageKey(), p -> p.arguments())
                    .containsExactly(
                            problem(8, "Kenmerk", "import.problem.table-line.id.duplicate", kenmerk(sheet, 1), 2),
                            problem(9, "Kenmerk", "import.problem.table-line.id.invalid", "nieuw"),
                            problem(2, "Bedrag", "import.problem.budget.amount.invalid", "12.5"),
                            problem(3, "Bedrag", "import.problem.budget.amount.negative", "-300"),
                            problem(4, "Bedrag", "import.problem.budget.amount.too-many-decimals", "10,125"),
                            problem(5, "Post", "import.problem.budget.label-missing", "Post"),
                            problem(6, "Bedrag", "import.problem.budget.amount-missing"),
                            problem(
                                    7,
                                    "Tabel",
                                    "import.problem.table-line.table-moved",
                                    "Crisisbeheersing",
                                    "Openbare Orde en Veiligheid & Bibob"),
                            problem(10, "Kenmerk", "import.problem.table-line.id.unknown", "999999"),
                            problem(12, "Tabel", "import.problem.table-line.table-missing", "Tabel"),
                            problem(13, "Bedrag", "import.problem.table-line.too-long", 121, 120));
            ImportProblem first = changes.problems().get(2);
            assertThat(messages.getMessage(
                                    "import.place.part-row-column",
                                    new Object[] {
                                        first.place().part(),
                                        first.place().row(),
                                        first.place().column()
                                    },
                                    DUTCH)
                            + " "
                            + messages.getMessage(
                                    first.messageKey(), first.arguments().toArray(), DUTCH))
                    .startsWith("Begroting, rij 2, kolom Bedrag: '12.5' is geen bedrag.");
        }
    }

    @Test
    void aFormationLineIsMatchedChangedAndAddedWithItsTotalLine() throws Exception {
        try (XSSFWorkbook workbook = export(get(PLAN + "/export.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("Formatie");
            Row wijkagenten = row(sheet, FUNCTION, "Wijkagenten");
            wijkagenten.getCell(EXISTING).setCellValue("11,5"); // typed as Dutch text
            Row boa = row(sheet, FUNCTION, "WijkBOA");
            boa.getCell(ADDED).setCellValue(0.5);
            boa.getCell(ORGANISATION).setCellValue("andere organisatie");
            Row impuls = row(sheet, FUNCTION, "Impuls aanpak digitale criminaliteit");
            impuls.getCell(PART).setBlank(); // no longer part of 'Formatie (totaal, waaronder…)'
            Row total = formationRow(
                    sheet,
                    "Motie Meer blauw op straat",
                    "Politie basisteam Rijswijk",
                    "Extra inzet evenementen",
                    "politie",
                    null,
                    4);
            Row part = formationRow(
                    sheet,
                    "Motie Meer blauw op straat",
                    "Politie basisteam Rijswijk",
                    "waarvan Koningsdag",
                    "politie",
                    "ja",
                    1);

            SheetChanges changes = formation.compare(workbook, plan(), labels());

            assertThat(changes.problems()).isEmpty();
            assertThat(changes.changed())
                    .extracting(SheetChanges.Line::label, SheetChanges.Line::changes)
                    .containsExactly(
                            tuple(
                                    "Motie Meer blauw op straat: WijkBOA",
                                    List.of(
                                            new FieldChange(
                                                    "export.capacity.organisation", "gemeente", "andere organisatie"),
                                            new FieldChange("export.capacity.added", null, "0,50"))),
                            tuple(
                                    "Motie Meer blauw op straat: Wijkagenten",
                                    List.of(new FieldChange("export.capacity.existing", "10,00", "11,50"))),
                            tuple(
                                    "Motie Meer blauw op straat: Impuls aanpak digitale criminaliteit",
                                    List.of(new FieldChange(
                                            "export.capacity.part", "Formatie (totaal, waaronder…)", null))));
            assertThat(changes.added())
                    .extracting(line -> line.place().row())
                    .containsExactly(total.getRowNum() + 1, part.getRowNum() + 1);
            assertThat(changes.missing()).isEmpty();
            assertThat(changes.unchanged()).isEqualTo(26);
        }
    }

    @Test
    void valuesThatBreakTheFormationLinesRulesAreProblemsAtTheirSheetRowAndColumn() throws Exception {
        try (XSSFWorkbook workbook = export(get(PLAN + "/export.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("Formatie");
            sheet.getRow(1).getCell(PART).setCellValue("ja"); // the first line of its table: no total line above it
            sheet.getRow(2).getCell(EXISTING).setCellValue("veel");
            sheet.getRow(3).getCell(ADDED).setCellValue("1,255");
            sheet.getRow(4).getCell(ORGANISATION).setCellValue("brandweer");
            sheet.getRow(5).getCell(PART).setCellValue("misschien");
            sheet.getRow(6).getCell(FUNCTION).setBlank();
            // a municipal line under the police's total line
            Row police = row(sheet, FUNCTION, "Wijkagenten");
            police.getCell(ORGANISATION).setCellValue("gemeente");

            SheetChanges changes = formation.compare(workbook, plan(), labels());

            assertThat(changes.problems())
                    .extracting(p -> p.place(), p -> p.messageKey(), p -> p.arguments())
                    .containsExactly(
                            formationProblem(3, "Fte bestaand", "import.problem.capacity.fte.invalid", "veel"),
                            formationProblem(4, "Fte extra", "import.problem.capacity.fte.too-many-decimals", "1,255"),
                            formationProblem(
                                    5, "Organisatie", "import.problem.capacity.organisation.unknown", "brandweer"),
                            formationProblem(
                                    6, "Deel van totaalregel", "import.problem.capacity.part.invalid", "misschien"),
                            formationProblem(7, "Functie", "import.problem.capacity.function-missing", "Functie"),
                            formationProblem(
                                    2,
                                    "Deel van totaalregel",
                                    "import.problem.capacity.part.no-total",
                                    "Team Openbare Orde en Veiligheid & Bibob",
                                    "Deel van totaalregel"),
                            formationProblem(
                                    police.getRowNum() + 1,
                                    "Deel van totaalregel",
                                    "import.problem.capacity.part.organisation",
                                    "gemeente",
                                    "Formatie (totaal, waaronder…)",
                                    "politie"));
        }
    }

    @Test
    void aSheetWithoutItsKenmerkColumnIsAProblemRatherThanEveryLineTwice() throws Exception {
        try (XSSFWorkbook workbook = export(get(PLAN + "/export.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("Begroting");
            for (Row row : sheet) {
                row.removeCell(row.getCell(KENMERK));
            }
            SheetChanges changes = budget.compare(workbook, plan(), labels());
            assertThat(changes.problems())
                    .containsExactly(ImportProblem.at(
                            SourcePlace.of("Begroting"), "import.problem.table-line.id-column-missing", "Kenmerk"));
            assertThat(changes.added()).isEmpty();
        }
    }

    private XSSFWorkbook export(MockHttpServletRequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request.with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private PlanHeader plan() {
        return headers.find(ADDRESS).orElseThrow();
    }

    private Function<String, String> labels() {
        return key -> messages.getMessage(key, null, key, DUTCH);
    }

    private static Row row(XSSFSheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && text.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }

    private static long id(Row row) {
        return (long) row.getCell(KENMERK).getNumericCellValue();
    }

    private static String kenmerk(XSSFSheet sheet, int row) {
        return String.valueOf(id(sheet.getRow(row)));
    }

    private static Row newRow(XSSFSheet sheet, String table, String label, String amount, String remark) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(TABLE).setCellValue(table);
        row.createCell(LABEL).setCellValue(label);
        row.createCell(AMOUNT).setCellValue(amount);
        row.createCell(REMARK).setCellValue(remark);
        return row;
    }

    private static Row formationRow(
            XSSFSheet sheet,
            String table,
            String group,
            String function,
            String organisation,
            String part,
            double fte) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(TABLE).setCellValue(table);
        row.createCell(GROUP).setCellValue(group);
        row.createCell(FUNCTION).setCellValue(function);
        row.createCell(ORGANISATION).setCellValue(organisation);
        row.createCell(PART).setCellValue(part);
        row.createCell(EXISTING).setCellValue(fte);
        return row;
    }

    private static org.assertj.core.groups.Tuple problem(int row, String column, String key, Object... arguments) {
        return tuple(new SourcePlace("Begroting", row, column), key, List.of(arguments));
    }

    private static org.assertj.core.groups.Tuple formationProblem(
            int row, String column, String key, Object... arguments) {
        return tuple(new SourcePlace("Formatie", row, column), key, List.of(arguments));
    }
}
