package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The hand-made Word plans in src/test/resources/import/ (written by PlanDocumentVariants) read with real POI: what
 * each variant must give, and what a file that is no Word document gives.
 */
class PlanDocumentVariantsTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    private ImportedPlan read(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/import/" + file)) {
            assertThat(in).as(file).isNotNull();
            return reader.read(in);
        }
    }

    @Test
    void theCommittedFilesAreWhatTheirSourceWrites() throws IOException {
        for (var variant : PlanDocumentVariants.all().entrySet()) {
            assertThat(read(variant.getKey()))
                    .as(variant.getKey())
                    .isEqualTo(reader.read(new ByteArrayInputStream(variant.getValue())));
        }
    }

    @Test
    void mergedCellsGiveTheirValueToEveryRowAndColumnTheyCover() throws IOException {
        ImportedPlan plan = read("samengevoegde-cellen.docx");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities())
                .extracting(
                        ImportedActivity::title,
                        ImportedActivity::goal,
                        ImportedActivity::intendedResult,
                        ImportedActivity::partners,
                        ImportedActivity::planning)
                .containsExactly(
                        tuple(
                                "Buurtpreventie uitbreiden",
                                "Meer ogen op straat",
                                "Twee nieuwe teams",
                                List.of("Politie", "Buurtpreventieteams"),
                                "Q1 2026"),
                        tuple(
                                "Buurtapp starten",
                                "Sneller melden",
                                "Een app per wijk",
                                List.of("Politie", "Buurtpreventieteams"),
                                "Q1 2026"),
                        tuple("Avondwandelingen", "Zichtbaarheid", "Zichtbaarheid", List.of("Handhaving"), "Q1 2026"));
        assertThat(plan.activities()).extracting(a -> a.place().row()).containsExactly(2, 3, 4);
        assertThat(plan.activities()).allSatisfy(a -> {
            assertThat(a.theme()).isEqualTo("Buurt en veiligheid");
            assertThat(a.subTheme()).isNull();
            assertThat(a.place().part()).isEqualTo("Tabel 1");
        });
        // a theme heading with an introduction keeps it as a chapter; the title is no chapter
        assertThat(plan.sections())
                .extracting(ImportedSection::level, ImportedSection::heading, ImportedSection::body)
                .containsExactly(tuple(1, "Buurt en veiligheid", "Dit thema gaat over de buurt."));
    }

    @Test
    void unknownColumnsAreIgnoredAndDoelgroepIsNoGoal() throws IOException {
        ImportedPlan plan = read("extra-kolommen.docx");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities())
                .extracting(ImportedActivity::title, ImportedActivity::goal, ImportedActivity::partners)
                .containsExactly(
                        tuple("Voorlichting op scholen", "Bewustwording", List.of("Halt")),
                        tuple("Straatcoaches inzetten", "Minder overlast", List.of("Jongerenwerk", "Politie")));
        assertThat(plan.sections()).isEmpty();
    }

    @Test
    void emptyAndRepeatedHeaderRowsAreSkippedAndARowWithoutActivityIsAProblemAtItsRow() throws IOException {
        ImportedPlan plan = read("lege-rijen.docx");

        assertThat(plan.activities())
                .extracting(ImportedActivity::title, a -> a.place().row())
                .containsExactly(tuple("Schouw van de wijken", 3), tuple("Afvalcampagne", 7));
        assertThat(plan.problems())
                .containsExactly(new ImportProblem(
                        new SourcePlace("Tabel 1", 5, "Activiteit"), PlanDocumentReader.TITLE_MISSING, List.of()));
    }

    @Test
    void otherWordingOrderAndDutchHeadingStylesAreRead() throws IOException {
        ImportedPlan plan = read("andere-kolomkoppen.docx");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities()).hasSize(2);
        ImportedActivity first = plan.activities().get(0);
        assertThat(first.title()).isEqualTo("Lokale zorg- en veiligheidskamer starten");
        assertThat(first.planning()).isEqualTo("Q2");
        assertThat(first.intendedResult()).isEqualTo("Minder escalaties");
        assertThat(first.goal()).isEqualTo("Zorg en veiligheid verbinden");
        assertThat(first.description())
                .isEqualTo("Samen met het sociaal domein.\n- eerst een verkenning\n- dan een pilot");
        assertThat(first.status()).isEqualTo("Loopt");
        // commas split a one-line list of partners, but not inside brackets
        assertThat(first.partners()).containsExactly("Politie (trekker, regie)", "Veilig Thuis", "GGD Haaglanden");
        // the chapter with its own introduction is no theme: the theme is the heading below it, code included
        assertThat(plan.activities()).allSatisfy(a -> {
            assertThat(a.theme()).isEqualTo("3.2 Zorg en veiligheid");
            assertThat(a.subTheme()).isNull();
        });
        assertThat(plan.activities().get(1).intendedResult()).isNull();
        assertThat(plan.sections())
                .extracting(ImportedSection::level, ImportedSection::heading, ImportedSection::body)
                .containsExactly(tuple(1, "3. Uitvoering 2026", "Per thema staan hieronder de acties."));
    }

    @Test
    void aTableWithoutActivityColumnIsTextOfItsChapter() throws IOException {
        ImportedPlan plan = read("tabel-zonder-activiteitkolom.docx");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.sections())
                .extracting(ImportedSection::heading, ImportedSection::body)
                .containsExactly(
                        tuple("Cijfers", "Het aantal meldingen per jaar:\n\nJaar | Meldingen\n2024 | 1\n2025 | 9"));
        assertThat(plan.activities())
                .extracting(
                        ImportedActivity::title,
                        ImportedActivity::theme,
                        a -> a.place().part())
                .containsExactly(tuple("Controles bedrijventerreinen", "Ondermijning", "Tabel 2"));
    }

    @Test
    void subHeadingRowsSetTheSubThemeOfTheRowsBelow() throws IOException {
        ImportedPlan plan = read("subkoppen-in-tabel.docx");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities())
                .extracting(
                        ImportedActivity::theme,
                        ImportedActivity::subTheme,
                        ImportedActivity::title,
                        ImportedActivity::partners,
                        a -> a.place().part() + " rij " + a.place().row())
                .containsExactly(
                        tuple(
                                "3. Ondermijning",
                                "A. Drugshandel",
                                "Aanpak drugspanden",
                                List.of("Politie"),
                                "Tabel 1 rij 3"),
                        tuple(
                                "3. Ondermijning",
                                "B. Bedrijventerreinen",
                                "Integrale controles",
                                List.of("RIEC Haaglanden", "Politie"),
                                "Tabel 1 rij 5"),
                        tuple(
                                "3. Ondermijning",
                                "C. Mensenhandel",
                                "Training signalen mensenhandel",
                                List.of(),
                                "Tabel 2 rij 3"),
                        tuple("3. Ondermijning", "C. Mensenhandel", "Alleen een titel", List.of(), "Tabel 2 rij 4"));
        assertThat(plan.sections()).isEmpty();
    }

    @Test
    void aDocumentWithoutTablesIsReportedWithItsChapters() throws IOException {
        ImportedPlan plan = read("geen-tabellen.docx");

        assertThat(plan.activities()).isEmpty();
        assertThat(plan.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly(PlanDocumentReader.NO_ACTIVITY_TABLE);
        assertThat(plan.sections())
                .extracting(ImportedSection::level, ImportedSection::heading, ImportedSection::body)
                .containsExactly(
                        tuple(1, null, "Een inleidende zin voor de eerste kop."),
                        tuple(
                                1,
                                "Inleiding",
                                "Eerste alinea.\n\nTwee punten:\n\n- een\n- twee\n\n1. eerste stap\n2. tweede stap"
                                        + "\n\nLet op:\n\nDit is geen kop."),
                        tuple(2, "Achtergrond", "Regel een\nregel twee\n\nTekst in een inhoudsbesturingselement."));
    }

    @Test
    void aTableSplitAtAPageBreakGoesOnWithoutItsHeader() throws IOException {
        ImportedPlan plan = read("gesplitste-tabel.docx");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities())
                .extracting(
                        ImportedActivity::title,
                        ImportedActivity::goal,
                        ImportedActivity::planning,
                        ImportedActivity::theme,
                        a -> a.place().part() + " rij " + a.place().row())
                .containsExactly(
                        tuple("Schouw", "Verloedering zien", "Q1", "Leefbaarheid", "Tabel 1 rij 2"),
                        tuple("Buurtgesprekken", "Signalen", "Q2", "Leefbaarheid", "Tabel 1 rij 3"),
                        tuple("Afvalcampagne", "Schoon", "Q3", "Leefbaarheid", "Tabel 2 rij 1"));
        assertThat(plan.sections())
                .extracting(ImportedSection::heading, ImportedSection::body)
                .containsExactly(tuple("Leefbaarheid", "Tekst.\n\n2024 | 1 | x"));
    }

    @Test
    void headingsNumberedByWordCarryTheirNumber() throws IOException {
        ImportedPlan plan = read("genummerde-koppen.docx");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.activities())
                .extracting(ImportedActivity::theme, ImportedActivity::subTheme, ImportedActivity::title)
                .containsExactly(
                        tuple("3.1 Zorg en veiligheid", null, "Zorgkamer starten"),
                        tuple("3.2 Ondermijning", null, "Controles"));
        assertThat(plan.sections())
                .extracting(ImportedSection::level, ImportedSection::heading, ImportedSection::body)
                .containsExactly(
                        tuple(1, "3. Uitvoering 2026", "Per thema de acties."), tuple(1, "4. Financiën", "Geld."));
    }

    @Test
    void aTableWithoutHeadingAboveItAndAnOverlongHeadingAreProblems() throws IOException {
        String longHeading = "Lang ".repeat(61).strip();
        byte[] docx;
        try (DocxWriter writer = new DocxWriter("Heading")) {
            writer.title("Alleen een titel boven de tabel");
            writer.table(List.of("Maatregel", "Termijn"), List.of(Arrays.asList("Cameratoezicht", "2026")));
            writer.heading(1, longHeading);
            writer.body("Tekst.");
            docx = writer.bytes();
        }

        ImportedPlan plan = reader.read(new ByteArrayInputStream(docx));

        assertThat(plan.activities())
                .extracting(ImportedActivity::title, ImportedActivity::planning, ImportedActivity::theme)
                .containsExactly(tuple("Cameratoezicht", "2026", null));
        assertThat(plan.problems())
                .containsExactly(
                        new ImportProblem(SourcePlace.of("Tabel 1"), PlanDocumentReader.THEME_MISSING, List.of()),
                        new ImportProblem(
                                SourcePlace.of("Kop \"" + longHeading + "\""),
                                PlanDocumentReader.HEADING_TOO_LONG,
                                List.of(PlanDocumentReader.MAX_HEADING)));
    }

    @Test
    void aFileThatIsNoWordDocumentIsRefusedWithItsMessageKey() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("geen Word".getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] bytes : List.of(
                "Activiteit;Doel\nIets;Doel".getBytes(StandardCharsets.UTF_8), zip.toByteArray(), new byte[0])) {
            assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(DocumentNotReadableException.class)
                    .satisfies(e -> assertThat(((DocumentNotReadableException) e).messageKey())
                            .isEqualTo("import.problem.document.unreadable"));
        }
    }

    @Test
    void everyProblemKeyHasADutchAndAnEnglishText() throws IOException {
        for (String file : List.of("/messages.properties", "/messages_en.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(messages)
                    .as(file)
                    .containsKeys(
                            PlanDocumentReader.TITLE_MISSING,
                            PlanDocumentReader.THEME_MISSING,
                            PlanDocumentReader.NO_ACTIVITY_TABLE,
                            PlanDocumentReader.HEADING_TOO_LONG,
                            DocumentNotReadableException.MESSAGE_KEY);
        }
    }
}
