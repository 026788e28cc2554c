package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.common.DutchNumbers.InvalidNumberException;
import nl.ivbplanner.planimport.ExportedSheet.SheetRow;

/**
 * The figures of the KPI and measurement sheets read from their cells, as the KPI form reads them from its fields:
 * a number cell or a number typed in Dutch notation (with the unit's % or € sign if the user adds one), a year from
 * 1990 to 2100, and a printed text ('PM') only where the KPI already had that very text. Each problem is reported at
 * its cell; a value with a problem reads as absent.
 */
final class KpiCells {

    /** The database's numeric(14, 2); a baseline, target or measured change may be below zero. */
    static final DutchNumbers.Limits VALUE = new DutchNumbers.Limits(true, new BigDecimal("999999999999.99"));

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private final List<ImportProblem> problems;

    KpiCells(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** A number, or the KPI's printed text left as it was, or neither when empty. */
    record Figure(BigDecimal number, String text) {

        static final Figure NONE = new Figure(null, null);

        boolean isEmpty() {
            return number == null && text == null;
        }
    }

    /** The cell's figure; {@code kept} is the printed text the KPI may keep (null when it has none). */
    Figure figure(SheetRow row, String key, String kept) {
        BigDecimal number = row.number(key);
        if (number != null) {
            return new Figure(checked(row, key, number), null);
        }
        String typed = row.text(key);
        if (typed == null) {
            return Figure.NONE;
        }
        try {
            return new Figure(DutchNumbers.parse(withoutUnitSign(typed), VALUE), null);
        } catch (InvalidNumberException notANumber) {
            if (kept != null && typed.equals(kept.strip())) {
                return new Figure(null, kept);
            }
            if (notANumber.problem() == DutchNumbers.Problem.NOT_A_NUMBER) {
                problems.add(ImportProblem.at(row.place(key), "import.problem.kpi.not-a-number", typed));
            } else {
                problems.add(
                        ImportProblem.at(row.place(key), notANumber.problem().messageKey()));
            }
            return Figure.NONE;
        }
    }

    /** A number only, as a measured value is; null when empty or wrong. */
    BigDecimal number(SheetRow row, String key) {
        Figure figure = figure(row, key, null);
        return figure.number();
    }

    /** A year from 1990 to 2100, typed as a number or as text; null when empty or wrong. */
    Integer year(SheetRow row, String key) {
        BigDecimal number = row.number(key);
        String typed = row.text(key);
        if (typed == null) {
            return null;
        }
        String digits = number != null ? number.stripTrailingZeros().toPlainString() : typed;
        if (digits.matches("\\d{4}")) {
            int year = Integer.parseInt(digits);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        }
        problems.add(ImportProblem.at(row.place(key), "import.problem.kpi.year", typed));
        return null;
    }

    /**
     * The Kenmerk of a row: empty for a new row, else the id of one of {@code known}, in one row only. Problems use
     * the message keys {@code <problems>.id.invalid}, {@code .id.unknown} and {@code .id.duplicate}; a wrong
     * Kenmerk reads as absent and sets {@code wrong}.
     */
    Reference reference(SheetRow row, String key, Set<Long> known, Map<Long, Integer> seen, String problemKeys) {
        String typed = row.text(key);
        if (typed == null) {
            return new Reference(null, false);
        }
        BigDecimal number = row.number(key);
        String digits = number != null ? number.stripTrailingZeros().toPlainString() : typed;
        if (!digits.matches("[0-9]{1,15}")) {
            problems.add(ImportProblem.at(row.place(key), problemKeys + ".id.invalid", typed));
            return new Reference(null, true);
        }
        long id = Long.parseLong(digits);
        if (!known.contains(id)) {
            problems.add(ImportProblem.at(row.place(key), problemKeys + ".id.unknown", digits));
            return new Reference(null, true);
        }
        Integer earlier = seen.putIfAbsent(id, row.number());
        if (earlier != null) {
            problems.add(
                    ImportProblem.at(row.place(key), problemKeys + ".id.duplicate", digits, String.valueOf(earlier)));
            return new Reference(null, true);
        }
        return new Reference(id, false);
    }

    /** A row's id, null for a new row or when the Kenmerk is wrong (then the row is not taken). */
    record Reference(Long id, boolean wrong) {}

    /** A text of at most {@code max} characters; null when empty or too long. */
    String text(SheetRow row, String key, int max) {
        String typed = row.text(key);
        if (typed != null && typed.length() > max) {
            problems.add(ImportProblem.at(row.place(key), "import.problem.kpi.too-long", String.valueOf(max)));
            return null;
        }
        return typed;
    }

    private BigDecimal checked(SheetRow row, String key, BigDecimal number) {
        if (number.stripTrailingZeros().scale() > 2) {
            problems.add(ImportProblem.at(row.place(key), "number.too-many-decimals"));
            return null;
        }
        if (number.abs().compareTo(VALUE.max()) > 0) {
            problems.add(ImportProblem.at(row.place(key), "number.too-large"));
            return null;
        }
        return number;
    }

    /** '60%' and '€ 1.250' are numbers with the unit's sign, as the plan page prints them. */
    private static String withoutUnitSign(String typed) {
        String text = typed.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.replaceFirst("^(-?)\\s*€\\s*", "$1").strip();
    }
}
