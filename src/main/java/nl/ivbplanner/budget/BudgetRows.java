package nl.ivbplanner.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.ivbplanner.common.DutchNumbers;

// What the budget and formation pages show, kept together because each is a few lines.

/** A budget table with its lines; the total is computed from the lines that have an amount. */
record BudgetTableView(long id, String title, Long printedTotalCents, List<BudgetLineView> lines) {

    public String total() {
        return DutchNumbers.formatEuros(lines.stream().map(BudgetLineView::amountCents).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum());
    }

    public String printedTotal() {
        return printedTotalCents == null ? null : DutchNumbers.formatEuros(printedTotalCents);
    }
}

record BudgetLineView(long id, String label, String theme, Long amountCents, String amountText, String remark) {

    /** The amount as a budget prints it, or the text that stands in for it. */
    public String amount() {
        return amountCents != null ? DutchNumbers.formatEuros(amountCents) : amountText;
    }
}

/** A formation table with its lines and the totals of both fte columns. */
record CapacityTableView(long id, String title, BigDecimal printedTotalExisting, BigDecimal printedTotalAdded,
        List<CapacityLineView> lines) {

    public String totalExisting() {
        return DutchNumbers.formatTwoDecimals(lines.stream().map(CapacityLineView::fteExisting)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public String totalAdded() {
        return DutchNumbers.formatTwoDecimals(lines.stream().map(CapacityLineView::fteAdded)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The totals printed under the table in the source document, if it printed them. */
    public boolean printed() {
        return printedTotalExisting != null || printedTotalAdded != null;
    }

    public String printedExisting() {
        return DutchNumbers.formatTwoDecimals(printedTotalExisting);
    }

    public String printedAdded() {
        return DutchNumbers.formatTwoDecimals(printedTotalAdded);
    }
}

record CapacityLineView(long id, String groupName, String functionName, BigDecimal fteExisting, BigDecimal fteAdded,
        String remark) {

    public String existing() {
        return DutchNumbers.formatTwoDecimals(fteExisting);
    }

    public String added() {
        return DutchNumbers.formatTwoDecimals(fteAdded);
    }
}
