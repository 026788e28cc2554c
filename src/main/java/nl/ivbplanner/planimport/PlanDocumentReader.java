package nl.ivbplanner.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * Reads an uitvoeringsplan from a Word document (.docx): its activity tables under theme headings and its narrative
 * chapters, texts verbatim (trimmed only). It only reads; the upload checks (size, zip bombs, encryption, macros) come
 * before it and the comparison with the plan after it.
 *
 * <p>The rules, for the README:
 *
 * <ul>
 *   <li><b>Headings</b> are paragraphs in a heading style (Word's 'Heading 1..9', the Dutch 'Kop 1..9', a style based
 *       on one, or a paragraph with an outline level). The 'Title' style is the document's title, no chapter. Bold
 *       short paragraphs are not headings.
 *   <li><b>Activity table</b>: a table whose header row (one of its first three rows) has a column named like
 *       Activiteit (see {@link DocumentColumn}); other known columns in any order, unknown ones ignored. A table
 *       without header row right after an activity table (only empty paragraphs between) with as many columns goes
 *       on with it: a long table split at a page break. A table without
 *       such a column is narrative: its rows go to the chapter's text, one line per row, cells separated by " | ".
 *   <li><b>Theme</b> of a table's rows: the nearest heading above it. When the heading above that one (one level up)
 *       has no text of its own (it is only a container of themes), it is the main theme: theme = that heading,
 *       subTheme = the nearest one. A chapter heading with its own introduction ('Uitvoeringsplan 2026' with a
 *       paragraph) is not a theme. Heading texts are verbatim, numbers and codes included; a number
 *       Word adds itself (a numbered heading style) is put before the text as Word shows it ('3.2 Zorg').
 *   <li><b>Sub-heading row</b> inside a table: a row whose first cell spans the whole row, or whose only text is in
 *       its first cell while that column is not the Activiteit column. It sets the subTheme of the rows below it (the
 *       theme is then the nearest heading).
 *   <li><b>Rows</b>: empty rows and a repeated header row are skipped; merged cells as {@link DocumentTable} says; a row with text but without an
 *       Activiteit text is a problem and no activity. Partners: one per line, per bullet or per ';'; only a cell with
 *       none of these is split on commas outside brackets ('Politie (trekker, regie), HALT' is two), because a list on
 *       lines keeps names with a comma ('Team jeugd, Onderwijs en Sport (JOS)') whole; never on ' en '.
 *   <li><b>Chapters</b>: every heading with its paragraphs up to the next heading becomes a section (level from the
 *       heading), except a heading used as theme that has no text of its own; with text, it is a section too. The
 *       chapter is about the theme its own heading names, else the one the nearest heading above it names. Text
 *       before the first heading is a section without heading. Paragraphs are separated by an empty line, list items
 *       are lines starting with "- " (or "1. ", "a. ").
 * </ul>
 */
@Component
class PlanDocumentReader implements PlanFileReader {

    @Override
    public ImportFile.Kind kind() {
        return ImportFile.Kind.DOCUMENT;
    }

    static final String TITLE_MISSING = "import.problem.table.title-missing";
    static final String THEME_MISSING = "import.problem.activity.theme-missing";
    static final String NO_ACTIVITY_TABLE = "import.problem.document.no-activity-table";
    static final String HEADING_TOO_LONG = "import.problem.section.heading-too-long";

    /** The longest heading a narrative section (and a theme's name) can hold. */
    static final int MAX_HEADING = 300;

    private static final int HEADER_SEARCH_ROWS = 3;
    private static final Pattern COMMA_OUTSIDE_BRACKETS = Pattern.compile(",(?![^()]*\\))");
    private static final Pattern BULLET = Pattern.compile("^(?:[-•–*]\\s+)");

    /**
     * Reads the document. A problem (a row without activity, no activity table at all) does not stop the reading; it
     * is listed with its place in the result.
     *
     * @throws DocumentNotReadableException (an IOException) when the stream is no .docx POI can open: another format,
     *     an old .doc, a damaged zip or part, or a stream that breaks off; its cause says which, for the log
     */
    @Override
    public ImportedPlan read(InputStream docx) throws DocumentNotReadableException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            return new Reading(document).read();
        } catch (IOException e) {
            throw new DocumentNotReadableException(e);
        } catch (RuntimeException e) {
            // POI reports a zip that is no Word document, an OLE2 .doc or a broken part with its own runtime
            // exceptions (NotOfficeXmlFileException, OLE2NotOfficeXmlFileException, POIXMLException, ...).
            throw new DocumentNotReadableException(e);
        }
    }

    /** A heading with the paragraphs directly under it (up to the next heading), and whether a table took it as theme. */
    private static final class Heading {
        final int level;
        final String text;
        final List<Heading> above;
        final List<Text> body = new ArrayList<>();
        boolean usedAsTheme;

        Heading(int level, String text, List<Heading> above) {
            this.level = level;
            this.text = text;
            this.above = List.copyOf(above);
        }

        /** Its own text and those of the headings it stands under, nearest first: one of them may name its theme. */
        List<String> themeCandidates() {
            List<String> candidates = new ArrayList<>(List.of(text));
            for (int i = above.size() - 1; i >= 0; i--) {
                candidates.add(above.get(i).text);
            }
            return candidates;
        }
    }

    /**
     * A paragraph (or a narrative table's text). A list item knows it, to be joined to the item before by one line;
     * {@code afterGap} says an empty paragraph came before it, which ends a list (two lists one after the other).
     */
    private record Text(String text, boolean listItem, boolean afterGap) {}

    private static final class Reading {
        private final XWPFDocument document;
        private final DocumentText text;
        private final List<ImportedActivity> activities = new ArrayList<>();
        private final List<ImportedSection> sections = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();

        Reading(XWPFDocument document) {
            this.document = document;
            this.text = new DocumentText(document.getStyles(), document.getNumbering());
        }

        ImportedPlan read() {
            List<Text> beforeFirstHeading = new ArrayList<>();
            List<Heading> headings = new ArrayList<>();
            List<Heading> path = new ArrayList<>();
            int tables = 0;
            boolean anyActivityTable = false;
            boolean gap = false;
            continued = null;
            for (IBodyElement element : document.getBodyElements()) {
                List<Text> body = path.isEmpty() ? beforeFirstHeading : path.get(path.size() - 1).body;
                if (element instanceof XWPFParagraph paragraph) {
                    boolean gapBefore = gap;
                    String line = DocumentText.text(paragraph);
                    if (line.isEmpty()) {
                        gap = true;
                        continue;
                    }
                    int level = text.level(paragraph);
                    if (level == DocumentText.TITLE) {
                        continue; // the document's title, not a chapter
                    }
                    if (level > 0) {
                        String number = text.headingNumber(paragraph);
                        while (!path.isEmpty() && path.get(path.size() - 1).level >= level) {
                            path.remove(path.size() - 1);
                        }
                        Heading heading = new Heading(level, number == null ? line : number + " " + line, path);
                        path.add(heading);
                        headings.add(heading);
                        gap = false;
                        continued = null;
                    } else {
                        String marker = text.listMarker(paragraph);
                        body.add(new Text(marker == null ? line : marker + line, marker != null, gapBefore));
                        gap = false;
                        continued = null;
                    }
                } else if (element instanceof XWPFSDT control) {
                    // a content control of a template ('Klik hier om tekst in te voeren'): its text as a paragraph
                    String controlled = control.getContent().getText().strip();
                    if (!controlled.isEmpty()) {
                        body.add(new Text(controlled, false, gap));
                        continued = null;
                    }
                    gap = false;
                } else if (element instanceof XWPFTable table) {
                    tables++;
                    if (activityTable(tables, table, path)) {
                        anyActivityTable = true;
                    } else {
                        String narrative = narrative(table);
                        if (!narrative.isEmpty()) {
                            body.add(new Text(narrative, false, gap));
                        }
                    }
                    gap = false;
                }
            }
            if (!beforeFirstHeading.isEmpty()) {
                sections.add(
                        new ImportedSection(1, null, join(beforeFirstHeading), List.of(), SourcePlace.of("Begin")));
            }
            for (Heading heading : headings) {
                if (heading.usedAsTheme && heading.body.isEmpty()) {
                    continue;
                }
                SourcePlace place = SourcePlace.of("Kop \"" + heading.text + "\"");
                if (heading.text.length() > MAX_HEADING) {
                    problems.add(ImportProblem.at(place, HEADING_TOO_LONG, MAX_HEADING));
                }
                sections.add(new ImportedSection(
                        heading.level, heading.text, join(heading.body), heading.themeCandidates(), place));
            }
            if (!anyActivityTable) {
                problems.add(ImportProblem.at(SourcePlace.of("Document"), NO_ACTIVITY_TABLE));
            }
            return new ImportedPlan(List.copyOf(activities), List.copyOf(sections), List.copyOf(problems));
        }

        /**
         * An activity table read last, with nothing but empty paragraphs after it so far: a table after it without a
         * header row but with as many columns goes on with it (Word users split a long table at a page break).
         */
        private Continued continued;

        private record Layout(
                Map<DocumentColumn, List<Integer>> columns, List<String> headerTexts, int titleColumn, int width) {}

        private record Continued(Layout layout, String theme, String subTheme) {}

        /** Reads the table's activities when it is an activity table; false when it is narrative. */
        private boolean activityTable(int number, XWPFTable table, List<Heading> path) {
            List<DocumentTable.Row> rows = DocumentTable.rows(table, text);
            int headerIndex = -1;
            Map<DocumentColumn, List<Integer>> columns = new EnumMap<>(DocumentColumn.class);
            for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()) && headerIndex < 0; r++) {
                columns.clear();
                List<String> headers = rows.get(r).values();
                for (int c = 0; c < headers.size(); c++) {
                    DocumentColumn column = DocumentColumn.of(headers.get(c));
                    // a header spanning two grid columns names one column
                    if (column != null
                            && (c == 0
                                    || headers.get(c - 1) == null
                                    || !headers.get(c - 1).equals(headers.get(c)))) {
                        columns.computeIfAbsent(column, k -> new ArrayList<>()).add(c);
                    }
                }
                if (columns.containsKey(DocumentColumn.TITLE)) {
                    headerIndex = r;
                }
            }
            String part = "Tabel " + number;
            int width = rows.isEmpty() ? 0 : rows.get(0).values().size();
            if (headerIndex < 0) {
                if (continued == null || continued.layout().width() != width) {
                    continued = null;
                    return false;
                }
                continued = rows(part, rows, continued.layout(), continued.theme(), continued.subTheme(), path);
                return true;
            }
            List<String> headerTexts = rows.get(headerIndex).values();
            Layout layout = new Layout(
                    columns, headerTexts, columns.get(DocumentColumn.TITLE).get(0), width);
            String theme = null;
            String subTheme = null;
            if (!path.isEmpty()) {
                Heading nearest = path.get(path.size() - 1);
                Heading outer = path.size() > 1 ? path.get(path.size() - 2) : null;
                nearest.usedAsTheme = true;
                if (outer != null && outer.body.isEmpty()) {
                    outer.usedAsTheme = true;
                    theme = outer.text;
                    subTheme = nearest.text;
                } else {
                    theme = nearest.text;
                }
            } else {
                problems.add(ImportProblem.at(SourcePlace.of(part), THEME_MISSING));
            }
            continued = rows(part, rows.subList(headerIndex + 1, rows.size()), layout, theme, subTheme, path);
            return true;
        }

        /** The activities of a table's rows below its header; returns where a continuation table would go on. */
        private Continued rows(
                String part,
                List<DocumentTable.Row> rows,
                Layout layout,
                String theme,
                String subTheme,
                List<Heading> path) {
            Map<DocumentColumn, List<Integer>> columns = layout.columns();
            String rowTheme = theme;
            String rowSubTheme = subTheme;
            for (DocumentTable.Row row : rows) {
                if (row.isEmpty() || row.values().equals(layout.headerTexts())) {
                    continue; // an empty row, or the header row repeated where the table went on after a page break
                }
                if (isSubHeading(row, layout.titleColumn())) {
                    rowTheme = path.isEmpty() ? null : path.get(path.size() - 1).text;
                    rowSubTheme = row.ownTexts().get(0);
                    continue;
                }
                SourcePlace place = SourcePlace.of(part, row.number());
                String title = first(row, columns, DocumentColumn.TITLE);
                if (title == null) {
                    problems.add(ImportProblem.at(
                            place.column(layout.headerTexts().get(layout.titleColumn())), TITLE_MISSING));
                    continue;
                }
                activities.add(new ImportedActivity(
                        null,
                        place,
                        rowTheme,
                        rowSubTheme,
                        null,
                        title,
                        first(row, columns, DocumentColumn.DESCRIPTION),
                        first(row, columns, DocumentColumn.GOAL),
                        partners(row, columns.getOrDefault(DocumentColumn.PARTNERS, List.of())),
                        first(row, columns, DocumentColumn.INTENDED_RESULT),
                        first(row, columns, DocumentColumn.PLANNING),
                        first(row, columns, DocumentColumn.STATUS)));
            }
            return new Continued(layout, rowTheme, rowSubTheme);
        }

        /**
         * A row that names a sub theme instead of an activity: one cell across the whole row, or text only in the first
         * column when that column is not the activity's (a row with only an activity text is an activity).
         */
        private static boolean isSubHeading(DocumentTable.Row row, int titleColumn) {
            if (row.ownTexts().size() != 1) {
                return false;
            }
            if (row.firstCellSpansAll()) {
                return true;
            }
            String first = row.value(0);
            if (titleColumn == 0
                    || first == null
                    || !first.equals(row.ownTexts().get(0))) {
                return false;
            }
            for (int c = 1; c < row.values().size(); c++) {
                if (row.value(c) != null && !row.value(c).equals(first)) {
                    return false;
                }
            }
            return true;
        }

        private static String first(
                DocumentTable.Row row, Map<DocumentColumn, List<Integer>> columns, DocumentColumn column) {
            List<Integer> at = columns.get(column);
            return at == null ? null : row.value(at.get(0));
        }

        private static List<String> partners(DocumentTable.Row row, List<Integer> columns) {
            List<String> partners = new ArrayList<>();
            for (int column : columns) {
                String cell = row.value(column);
                if (cell == null) {
                    continue;
                }
                boolean listed = cell.contains("\n")
                        || cell.contains(";")
                        || BULLET.matcher(cell).find();
                for (String line : cell.split("[\\n;]")) {
                    String[] names = listed ? new String[] {line} : COMMA_OUTSIDE_BRACKETS.split(line);
                    for (String name : names) {
                        String organisation =
                                BULLET.matcher(name.strip()).replaceFirst("").strip();
                        if (!organisation.isEmpty()) {
                            partners.add(organisation);
                        }
                    }
                }
            }
            return List.copyOf(partners);
        }

        /** A narrative table as text: one line per non-empty row, its cells' texts separated by " | ". */
        private String narrative(XWPFTable table) {
            StringJoiner lines = new StringJoiner("\n");
            for (DocumentTable.Row row : DocumentTable.rows(table, text)) {
                if (row.isEmpty()) {
                    continue;
                }
                StringJoiner cells = new StringJoiner(" | ");
                for (String own : row.ownTexts()) {
                    cells.add(own.replace('\n', ' '));
                }
                lines.add(cells.toString());
            }
            return lines.toString();
        }

        /** Paragraphs separated by an empty line, list items of one list by a line break. */
        private static String join(List<Text> body) {
            StringBuilder joined = new StringBuilder();
            Text previous = null;
            for (Text paragraph : body) {
                if (previous != null) {
                    joined.append(previous.listItem() && paragraph.listItem() && !paragraph.afterGap() ? "\n" : "\n\n");
                }
                joined.append(paragraph.text());
                previous = paragraph;
            }
            return joined.toString();
        }
    }
}
