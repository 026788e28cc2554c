package nl.ivbplanner.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A formation table as readers see it, with its totals: the totals the document printed where it printed them,
 * otherwise the sums per organisation (municipality, police), where the parts of a 'totaal, waarvan ...' line are
 * not counted a second time. {@code byOrganisation} is what the table adds to each organisation's total across
 * tables: its printed total where that is one organisation's, otherwise its sums per organisation.
 */
public record FormationTable(long id, String title, List<Line> lines, List<Total> totals,
        List<Total> byOrganisation) {

    /** One function; {@code part} lines belong to the line above them that says 'totaal, waarvan'. */
    public record Line(long id, String groupName, String functionName, BigDecimal fteExisting, BigDecimal fteAdded,
            String remark, CapacityOrganisation organisation, boolean part) {
    }

    /**
     * A total row, of one organisation ({@code organisation} null when a printed total covers several). A printed
     * total keeps what the lines add up to, so a reader can be told when the two differ.
     */
    public record Total(CapacityOrganisation organisation, BigDecimal existing, BigDecimal added, boolean printed,
            BigDecimal linesExisting, BigDecimal linesAdded) {

        /** Whether the printed total differs from the sum of the lines, which the reader should know. */
        public boolean differsFromLines() {
            return printed && (!same(existing, linesExisting) || !same(added, linesAdded));
        }

        private static boolean same(BigDecimal printed, BigDecimal sum) {
            return printed == null || printed.compareTo(sum) == 0;
        }
    }

    static FormationTable of(long id, String title, BigDecimal printedExisting, BigDecimal printedAdded,
            List<Line> lines) {
        List<CapacityOrganisation> organisations = lines.stream().map(Line::organisation).distinct().sorted().toList();
        List<Total> computed = organisations.stream()
                .map(o -> new Total(o, sum(lines, o, true), sum(lines, o, false), false, null, null)).toList();
        if (printedExisting == null && printedAdded == null) {
            return new FormationTable(id, title, lines, computed, computed);
        }
        CapacityOrganisation only = organisations.size() == 1 ? organisations.get(0) : null;
        Total printed = new Total(only, printedExisting, printedAdded, true, sum(lines, null, true),
                sum(lines, null, false));
        return new FormationTable(id, title, lines, List.of(printed), only == null ? computed : List.of(printed));
    }

    /** The fte of the lines that are no part of another line, of one organisation or (null) of all. */
    private static BigDecimal sum(List<Line> lines, CapacityOrganisation organisation, boolean existing) {
        return lines.stream()
                .filter(line -> !line.part() && (organisation == null || line.organisation() == organisation))
                .map(line -> existing ? line.fteExisting() : line.fteAdded())
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
