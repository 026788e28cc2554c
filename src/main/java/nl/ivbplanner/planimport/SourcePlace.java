package nl.ivbplanner.planimport;

/**
 * Where in the file something was found, as the user sees it there: a sheet name or a document part ('Tabel 3',
 * 'Kop "Zorg en veiligheid"'), a row number counted as Excel and Word show it (1 = the first row, the header row
 * included), and a column's header text; row and column may be null.
 */
record SourcePlace(String part, Integer row, String column) {

    static SourcePlace of(String part) {
        return new SourcePlace(part, null, null);
    }

    static SourcePlace of(String part, int row) {
        return new SourcePlace(part, row, null);
    }

    SourcePlace column(String header) {
        return new SourcePlace(part, row, header);
    }
}
