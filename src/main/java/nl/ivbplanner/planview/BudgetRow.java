package nl.ivbplanner.planview;

/** A budget line with its table, as the plan page and the council report list them. */
public record BudgetRow(
        long tableId,
        String tableTitle,
        Long printedTotalCents,
        String label,
        Long amountCents,
        String amountText,
        String remark) {}
