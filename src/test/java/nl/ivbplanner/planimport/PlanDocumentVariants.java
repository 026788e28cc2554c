package nl.ivbplanner.planimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The hand-made Word plans of the import tests, each with one thing a municipality's document does differently:
 * merged cells, extra columns, empty rows, other header wording and order, a table without an Activiteit column,
 * sub-heading rows inside a table, no tables at all. Written once by {@link #main} into src/test/resources/import/
 * and committed there; PlanDocumentVariantsTest reads the committed files and checks they still match this source.
 */
final class PlanDocumentVariants {

    static final Path DIRECTORY = Path.of("src/test/resources/import");

    private PlanDocumentVariants() {}

    /** File name to document. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("samengevoegde-cellen.docx", mergedCells());
        all.put("extra-kolommen.docx", extraColumns());
        all.put("lege-rijen.docx", emptyRows());
        all.put("andere-kolomkoppen.docx", otherHeaders());
        all.put("tabel-zonder-activiteitkolom.docx", tableWithoutActivityColumn());
        all.put("subkoppen-in-tabel.docx", subHeadingRows());
        all.put("geen-tabellen.docx", noTables());
        all.put("genummerde-koppen.docx", numberedHeadings());
        all.put("gesplitste-tabel.docx", splitTable());
        return all;
    }

    /** Writes the files; run from the project directory after a change here, and commit them. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIRECTORY);
        for (var file : all().entrySet()) {
            Files.write(DIRECTORY.resolve(file.getKey()), file.getValue());
        }
    }

    /**
     * A theme heading with an introduction; one partner cell merged down over two rows, a planning cell merged over
     * three, and a goal spanning the Doel and Beoogd resultaat columns.
     */
    static byte[] mergedCells() {
        return document("Heading", writer -> {
            writer.title("Uitvoeringsplan samengevoegde cellen");
            writer.heading(1, "Buurt en veiligheid");
            writer.body("Dit thema gaat over de buurt.");
            XWPFTable table = writer.table(
                    List.of("Activiteit", "Doel", "Beoogd resultaat", "Partijen", "Planning"),
                    List.of(
                            row(
                                    "Buurtpreventie uitbreiden",
                                    "Meer ogen op straat",
                                    "Twee nieuwe teams",
                                    "- Politie\n- Buurtpreventieteams",
                                    "Q1 2026"),
                            row("Buurtapp starten", "Sneller melden", "Een app per wijk", null, null),
                            row("Avondwandelingen", "Zichtbaarheid", null, "Handhaving", null)));
            DocxWriter.startMerge(table.getRow(1).getCell(3));
            DocxWriter.continueMergeAbove(table.getRow(2).getCell(3));
            DocxWriter.startMerge(table.getRow(1).getCell(4));
            DocxWriter.continueMergeAbove(table.getRow(2).getCell(4));
            DocxWriter.continueMergeAbove(table.getRow(3).getCell(4));
            DocxWriter.span(table.getRow(3), 1, 2);
        });
    }

    /** Columns the reader does not know (Nr., Doelgroep, Budget), which it ignores; 'Doelgroep' is not 'Doel'. */
    static byte[] extraColumns() {
        return document("Heading", writer -> {
            writer.heading(1, "Jeugd en veiligheid");
            writer.table(
                    List.of("Nr.", "Activiteit", "Doelgroep", "Doel", "Budget", "Partijen"),
                    List.of(
                            row(
                                    "1",
                                    "Voorlichting op scholen",
                                    "Leerlingen groep 8",
                                    "Bewustwording",
                                    "€ 5.000",
                                    "Halt"),
                            row(
                                    "2",
                                    "Straatcoaches inzetten",
                                    "Jongeren 12-18",
                                    "Minder overlast",
                                    "€ 40.000",
                                    "Jongerenwerk; Politie")));
        });
    }

    /**
     * Empty rows between and after the activities, the header row repeated (a table that went on after a page break),
     * and a row with text but no activity (a problem at its row).
     */
    static byte[] emptyRows() {
        return document("Heading", writer -> {
            writer.heading(1, "Leefbaarheid");
            writer.table(
                    List.of("Activiteit", "Doel", "Planning"),
                    List.of(
                            row(null, null, null),
                            row("Schouw van de wijken", "Verloedering zien", "Voorjaar"),
                            row(null, null, null),
                            row(null, "Doel zonder activiteit", "Najaar"),
                            row("Activiteit", "Doel", "Planning"),
                            row("Afvalcampagne", null, null),
                            row(null, null, null)));
        });
    }

    /**
     * Dutch Word (Kop 1, Kop 2); a chapter with its own introduction above the theme (so not a theme itself); the
     * columns in another order and other words; partners comma-separated on one line, a role in brackets.
     */
    static byte[] otherHeaders() {
        return document("Kop", writer -> {
            writer.heading(1, "3. Uitvoering 2026");
            writer.body("Per thema staan hieronder de acties.");
            writer.heading(2, "3.2 Zorg en veiligheid");
            writer.table(
                    List.of(
                            "Planning (kwartaal)",
                            "Wat gaan we doen?",
                            "Samenwerkingspartners",
                            "BEOOGD EFFECT",
                            "Doelstelling",
                            "Toelichting",
                            "Stand van zaken"),
                    List.of(
                            row(
                                    "Q2",
                                    "Lokale zorg- en veiligheidskamer starten",
                                    "Politie (trekker, regie), Veilig Thuis, GGD Haaglanden",
                                    "Minder escalaties",
                                    "Zorg en veiligheid verbinden",
                                    "Samen met het sociaal domein.\n- eerst een verkenning\n- dan een pilot",
                                    "Loopt"),
                            row(
                                    "Q4",
                                    "Evaluatie meldpunt",
                                    "Team Zorg en Veiligheid",
                                    null,
                                    "Meldpunt verbeteren",
                                    null,
                                    "Nog niet gestart")));
        });
    }

    /** A table without an Activiteit column (narrative, its rows go to the chapter's text) beside an activity table. */
    static byte[] tableWithoutActivityColumn() {
        return document("Heading", writer -> {
            writer.heading(1, "Cijfers");
            writer.body("Het aantal meldingen per jaar:");
            writer.table(List.of("Jaar", "Meldingen"), List.of(row("2024", "1"), row("2025", "9")));
            writer.heading(1, "Ondermijning");
            writer.table(List.of("Actie", "Doel"), List.of(row("Controles bedrijventerreinen", "Signalen ophalen")));
        });
    }

    /**
     * Sub-heading rows: a row whose one cell spans the table, and a row with text only in the first column (Thema)
     * while the activity is in the second; a row with only an activity text stays an activity.
     */
    static byte[] subHeadingRows() {
        return document("Heading", writer -> {
            writer.heading(1, "3. Ondermijning");
            XWPFTable spanning = writer.table(
                    List.of("Activiteit", "Doel", "Partijen"),
                    List.of(
                            row("A. Drugshandel", null, null),
                            row("Aanpak drugspanden", "Minder drugshandel", "Politie"),
                            row("B. Bedrijventerreinen", null, null),
                            row("Integrale controles", "Weerbare bedrijven", "- RIEC Haaglanden\n- Politie")));
            DocxWriter.span(spanning.getRow(1), 0, 3);
            DocxWriter.span(spanning.getRow(3), 0, 3);
            writer.table(
                    List.of("Thema", "Activiteit", "Planning"),
                    List.of(
                            row("C. Mensenhandel", null, null),
                            row(null, "Training signalen mensenhandel", "2026"),
                            row(null, "Alleen een titel", null)));
        });
    }

    /**
     * A long table split at a page break: the second part has no header row and follows after an empty paragraph; a
     * table after text is no continuation.
     */
    static byte[] splitTable() {
        return document("Heading", writer -> {
            writer.heading(1, "Leefbaarheid");
            writer.table(
                    List.of("Activiteit", "Doel", "Planning"),
                    List.of(row("Schouw", "Verloedering zien", "Q1"), row("Buurtgesprekken", "Signalen", "Q2")));
            writer.emptyParagraph();
            writer.rowsOnly(List.of(row("Afvalcampagne", "Schoon", "Q3")));
            writer.body("Tekst.");
            writer.rowsOnly(List.of(row("2024", "1", "x")));
        });
    }

    /** Headings numbered by Word itself (a numbered heading style), the number in no typed text. */
    static byte[] numberedHeadings() {
        return document(new DocxWriter("Heading", 3), writer -> {
            writer.heading(1, "Uitvoering 2026");
            writer.body("Per thema de acties.");
            writer.heading(2, "Zorg en veiligheid");
            writer.table(List.of("Activiteit", "Doel"), List.of(row("Zorgkamer starten", "Minder escalaties")));
            writer.heading(2, "Ondermijning");
            writer.table(List.of("Activiteit", "Doel"), List.of(row("Controles", "Signalen ophalen")));
            writer.heading(1, "Financiën");
            writer.body("Geld.");
        });
    }

    /** Headings, paragraphs, lists, a bold lead-in and a content control, but no table at all. */
    static byte[] noTables() {
        return document("Heading", writer -> {
            writer.title("Notitie veiligheid");
            writer.body("Een inleidende zin voor de eerste kop.");
            writer.heading(1, "Inleiding");
            writer.body("Eerste alinea.\n\nTwee punten:\n\n- een\n- twee\n\n1. eerste stap\n2. tweede stap");
            writer.boldParagraph("Let op:");
            writer.body("Dit is geen kop.");
            writer.heading(2, "Achtergrond");
            writer.body("Regel een\nregel twee");
            writer.contentControl("Tekst in een inhoudsbesturingselement.");
        });
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static byte[] document(String headingStyle, Consumer<DocxWriter> content) {
        return document(new DocxWriter(headingStyle), content);
    }

    private static byte[] document(DocxWriter document, Consumer<DocxWriter> content) {
        try (DocxWriter writer = document) {
            content.accept(writer);
            return writer.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
