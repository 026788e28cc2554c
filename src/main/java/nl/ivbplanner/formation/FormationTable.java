package nl.ivbplanner.formation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A formation table with its totals. The computed totals are per organisation (municipality, police), and the parts
 * of a 'totaal, waarvan ...' line are not counted a second time; where the document printed totals under the table,
 * readers are shown those, and told when the lines add up to something else.
 */
public record FormationTable(long id, String title, List<Line> lines, List<Total> computed, Total printed) {

    /** One function; {@code part} lines belong to the line above them that says 'totaal, waarvan'. */
    public record Line(
            long id,
            String groupName,
            String functionName,
            BigDecimal fteExisting,
            BigDecimal fteAdded,
            String remark,
            CapacityOrganisation organisation,
            boolean part) {}

    /** A total row of one organisation; a printed total that covers several organisations has none. */
    public record Total(CapacityOrganisation organisation, BigDecimal existing, BigDecimal added) {}

    static FormationTable of(
            long id, String title, BigDecimal printedExisting, BigDecimal printedAdded, List<Line> lines) {
        List<CapacityOrganisation> organisations =
                lines.stream().map(Line::organisation).distinct().sorted().toList();
        List<Total> computed = organisations.stream()
                .map(o -> new Total(o, sum(lines, o, true), sum(lines, o, false)))
                .toList();
        Total printed = printedExisting == null && printedAdded == null
                ? null
                : new Total(organisations.size() == 1 ? organisations.get(0) : null, printedExisting, printedAdded);
        return new FormationTable(id, title, lines, computed, printed);
    }

    /** The totals a reader sees: the printed ones where the document has them, otherwise per organisation. */
    public List<Total> totals() {
        return printed != null ? List.of(printed) : computed;
    }

    /** What this table adds to each organisation's total across tables. */
    public List<Total> byOrganisation() {
        return printed != null && printed.organisation() != null ? List.of(printed) : computed;
    }

    /** Whether the lines add up to something else than the printed total, which the reader should know. */
    public boolean printedDiffersFromLines() {
        return printed != null
                && (differs(printed.existing(), linesExisting()) || differs(printed.added(), linesAdded()));
    }

    public BigDecimal linesExisting() {
        return sum(lines, null, true);
    }

    public BigDecimal linesAdded() {
        return sum(lines, null, false);
    }

    private static boolean differs(BigDecimal printed, BigDecimal sum) {
        return printed != null && printed.compareTo(sum) != 0;
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
