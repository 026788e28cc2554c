package nl.ivbplanner.budget;

import java.util.List;
import java.util.Objects;
import nl.ivbplanner.common.DutchNumbers;

// What the budget page shows, kept together because each is a few lines.

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
