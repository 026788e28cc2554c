package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The reader on workbooks made here with POI, as Excel or LibreOffice could save them; no Spring, no database. */
class PlanWorkbookReaderTest {

    private final PlanWorkbookReader reader =
            new PlanWorkbookReader(messages(), new StaticListableBeanFactory().getBeanProvider(SheetImport.class));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void readsAnEnglishSheetWithItsColumnsInAnotherOrderAndIgnoresColumnsItDoesNotKnow() throws Exception {
        ImportedPlan plan = read(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Activities");
            row(sheet, 0, "Activity", "Own notes", "Reference", "Theme", "Parties", "Planning", "Status", "Result");
            row(
                    sheet,
                    1,
                    "  Cameratoezicht uitbreiden \n",
                    "ignore me",
                    "41",
                    "A. Drugshandel",
                    "Politie (trekker); ",
                    null,
                    "Gereed",
                    "Klaar");
            sheet.getRow(1).createCell(5).setCellValue(2026); // a year typed as a number
            sheet.getRow(1).createCell(2).setCellValue(42); // the reference as a number, as the export writes it
        });
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(42L);
            assertThat(a.title()).isEqualTo("Cameratoezicht uitbreiden");
            assertThat(a.theme()).isEqualTo("A. Drugshandel");
            assertThat(a.subTheme()).isNull();
            assertThat(a.partners()).containsExactly("Politie (trekker)");
            assertThat(a.planning()).isEqualTo("2026");
            assertThat(a.status()).isEqualTo("Gereed");
            assertThat(a.place()).isEqualTo(new SourcePlace("Activities", 2, null));
        });
    }

    @Test
    void findsTheHeaderBelowATitleRowAndCountsRowsAsExcelDoes() throws Exception {
        ImportedPlan plan = read(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Activiteiten");
            row(sheet, 0, "Uitvoeringsplan 2027");
            row(sheet, 2, "Kenmerk", "Thema", "Activiteit", "Partijen");
            row(sheet, 3, "", "Ondermijning", "Eerste", "Politie (trekker, regie); GGD Haaglanden;RIEC");
            row(sheet, 5, "", "Ondermijning", "Tweede na een lege rij", null);
            row(sheet, 6, " ", "", "  ", "");
        });
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities())
                .extracting(ImportedActivity::title, a -> a.place().row(), ImportedActivity::id)
                .containsExactly(tuple("Eerste", 4, null), tuple("Tweede na een lege rij", 6, null));
        assertThat(plan.activities().get(0).partners())
                .containsExactly("Politie (trekker, regie)", "GGD Haaglanden", "RIEC");
        assertThat(plan.activities().get(1).partners()).isEmpty();
    }

    @Test
    void aWorkbookWithoutAnActivityTableSaysSo() throws Exception {
        ImportedPlan plan = read(workbook -> row(workbook.createSheet("Blad1"), 0, "Naam", "Omschrijving"));
        assertThat(plan.activities()).isEmpty();
        assertThat(plan.problems())
                .extracting(ImportProblem::messageKey)
                .contains("import.problem.workbook.no-activity-sheet");
        assertThat(plan.problems().get(0).place()).isEqualTo(SourcePlace.of("Activiteiten"));

        ImportedPlan named = read(workbook -> row(workbook.createSheet("Activiteiten"), 0, "Thema", "Titel"));
        assertThat(named.problems())
                .singleElement()
                .isEqualTo(
                        ImportProblem.at(SourcePlace.of("Activiteiten"), "import.problem.workbook.no-activity-sheet"));
    }

    @Test
    void aRenamedSheetIsReadWhenItHasTheActivityColumn() throws Exception {
        ImportedPlan plan = read(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Mijn lijst");
            row(sheet, 0, "Activiteit");
            row(sheet, 1, "Buurtpreventie");
        });
        assertThat(plan.activities()).extracting(ImportedActivity::title).containsExactly("Buurtpreventie");
        assertThat(plan.activities().get(0).place().part()).isEqualTo("Mijn lijst");
    }

    @Test
    void otherSheetsWithContentGetANoteButTheTemplatesThemesAndEmptyOrHeaderOnlySheetsDoNot() throws Exception {
        ImportedPlan plan = read(workbook -> {
            row(workbook.createSheet("Activiteiten"), 0, "Activiteit");
            XSSFSheet kpis = workbook.createSheet("KPI's");
            row(kpis, 0, "KPI");
            row(kpis, 1, "Aantal woninginbraken");
            row(workbook.createSheet("Begroting"), 0, "Tabel", "Post", "Bedrag"); // a header only
            workbook.createSheet("Leeg");
            row(workbook.createSheet("Thema's"), 0, "Thema");
            row(workbook.createSheet("Themes"), 0, "Theme");
        });
        assertThat(plan.problems())
                .containsExactly(ImportProblem.at(SourcePlace.of("KPI's"), "import.note.sheet-not-read", "KPI's"));
    }

    @Test
    void theFormationTotalsGetANoteThatTheAppCalculatesThem() throws Exception {
        ImportedPlan plan = read(workbook -> {
            row(workbook.createSheet("Activiteiten"), 0, "Activiteit");
            XSSFSheet totals = workbook.createSheet("Formation totals");
            row(totals, 0, "Table", "Total");
            row(totals, 1, "Team OOV", "Total");
        });
        assertThat(plan.problems())
                .containsExactly(ImportProblem.at(
                        SourcePlace.of("Formation totals"), "import.note.sheet-derived", "Formation totals"));
    }

    @Test
    void reportsEveryFormulaWithItsCellAndTakesNoneOfTheirValues() throws Exception {
        ImportedPlan plan = read(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Activiteiten");
            row(sheet, 0, "Kenmerk", "Activiteit", "Doel");
            row(sheet, 1, "7", "Eerste", null).createCell(2).setCellFormula("UPPER(B2)");
            row(sheet, 2, null, null, null).createCell(1).setCellFormula("B2&\"!\"");
            row(sheet, 3, null, "Derde").createCell(4).setCellFormula("1+1");
            XSSFSheet budget = workbook.createSheet("Begroting");
            row(budget, 0, "Post", "Bedrag");
            row(budget, 1, "Totaal").createCell(1).setCellFormula("SUM(B3:B4)");
        });
        assertThat(plan.problems())
                .containsExactly(
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 2, "Doel"), "import.problem.formula", "UPPER(B2)"),
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 3, "Activiteit"), "import.problem.formula", "B2&\"!\""),
                        ImportProblem.at(new SourcePlace("Activiteiten", 4, "E"), "import.problem.formula", "1+1"),
                        ImportProblem.at(
                                new SourcePlace("Begroting", 2, "Bedrag"), "import.problem.formula", "SUM(B3:B4)"),
                        ImportProblem.at(SourcePlace.of("Begroting"), "import.note.sheet-not-read", "Begroting"));
        assertThat(plan.activities()).extracting(ImportedActivity::title).containsExactly("Eerste", "Derde");
        assertThat(plan.activities().get(0).goal()).isNull();
    }

    @Test
    void aReferenceIsAWholeNumberOnceAndARowWithTextHasATitle() throws Exception {
        ImportedPlan plan = read(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Activiteiten");
            row(sheet, 0, "Kenmerk", "Activiteit", "Omschrijving");
            row(sheet, 1, "12", "Een");
            row(sheet, 2, "abc", "Twee");
            row(sheet, 3, "12", "Drie");
            row(sheet, 4, "0", "Vier");
            row(sheet, 5, null, "Vijf").createCell(0).setCellValue(12.5);
            row(sheet, 6, "13", null, "alleen een omschrijving");
        });
        assertThat(plan.problems())
                .containsExactly(
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 3, "Kenmerk"), "import.problem.id.invalid", "abc"),
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 4, "Kenmerk"), "import.problem.id.duplicate", 12L, 2),
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 5, "Kenmerk"), "import.problem.id.invalid", "0"),
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 6, "Kenmerk"), "import.problem.id.invalid", "12,5"),
                        ImportProblem.at(
                                new SourcePlace("Activiteiten", 7, "Activiteit"),
                                "import.problem.activity.title-missing",
                                "Activiteit"));
        assertThat(plan.activities())
                .extracting(ImportedActivity::title, ImportedActivity::id)
                .containsExactly(
                        tuple("Een", 12L),
                        tuple("Twee", null),
                        tuple("Drie", 12L),
                        tuple("Vier", null),
                        tuple("Vijf", null));
    }

    @Test
    void aThemeMergedOverSeveralRowsBelongsToEachOfThemAndADateReadsAsDutchExcelShowsIt() throws Exception {
        ImportedPlan plan = read(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Activiteiten");
            row(sheet, 0, "Kenmerk", "Thema", "Activiteit", "Planning");
            row(sheet, 1, "5", "Ondermijning", "Eerste");
            row(sheet, 2, null, null, "Tweede");
            row(sheet, 3, null, null, "Derde");
            row(sheet, 4, null, null, null);
            sheet.addMergedRegion(new CellRangeAddress(1, 4, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0)); // a merged Kenmerk is no id for the second row
            CellStyle shortDate = workbook.createCellStyle();
            shortDate.setDataFormat((short) 14);
            Cell planning = sheet.getRow(3).createCell(3);
            planning.setCellValue(LocalDate.of(2026, 3, 1));
            planning.setCellStyle(shortDate);
        });
        assertThat(plan.problems()).isEmpty(); // the fourth row has only the merged theme: empty, not untitled
        assertThat(plan.activities())
                .extracting(ImportedActivity::title, ImportedActivity::theme, ImportedActivity::id)
                .containsExactly(
                        tuple("Eerste", "Ondermijning", 5L),
                        tuple("Tweede", "Ondermijning", null),
                        tuple("Derde", "Ondermijning", null));
        assertThat(plan.activities().get(2).planning()).isEqualTo("1-3-2026");
    }

    @Test
    void aFileThatIsNoWorkbookIsAnIoException() {
        assertThatThrownBy(() ->
                        reader.read(new ByteArrayInputStream("Thema;Activiteit".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }

    private interface Builder {
        void build(XSSFWorkbook workbook);
    }

    private ImportedPlan read(Builder builder) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(workbook);
            workbook.write(out);
            return reader.read(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    /** A row of text cells; null leaves a cell out. */
    static Row row(XSSFSheet sheet, int index, String... texts) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                row.createCell(i).setCellValue(texts[i]);
            }
        }
        return row;
    }
}
