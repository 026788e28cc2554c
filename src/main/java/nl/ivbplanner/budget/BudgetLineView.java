package nl.ivbplanner.budget;

import nl.ivbplanner.common.DutchNumbers;

/** A budget line as the budget page shows it. */
record BudgetLineView(long id, String label, String theme, Long amountCents, String amountText, String remark) {

    /** The amount as a budget prints it, or the text that stands in for it. */
    public String amount() {
        return amountCents != null ? DutchNumbers.formatEuros(amountCents) : amountText;
    }
}
