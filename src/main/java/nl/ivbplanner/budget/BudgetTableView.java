package nl.ivbplanner.budget;

import java.util.List;
import java.util.Objects;
import nl.ivbplanner.common.DutchNumbers;

/** A budget table with its lines, as the budget page shows it; the total is computed from the lines with an amount. */
record BudgetTableView(long id, String title, Long printedTotalCents, List<BudgetLineView> lines) {

    public String total() {
        return DutchNumbers.formatEuros(lines.stream()
                .map(BudgetLineView::amountCents)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum());
    }

    public String printedTotal() {
        return printedTotalCents == null ? null : DutchNumbers.formatEuros(printedTotalCents);
    }
}
