package nl.ivbplanner.budget;

/**
 * What a budget line states. An amount is in euro cents; a line without an amount says in words why
 * ('Ambtelijke inzet', '€ ---'), so a line never has neither.
 */
record BudgetLineContent(Long themeId, String label, Long amountCents, String amountText, String remark) {

    BudgetLineContent {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a budget line needs a label");
        }
        if (amountCents != null ? amountCents < 0 || amountText != null : amountText == null) {
            throw new IllegalArgumentException("a budget line has an amount of at least zero, or a text instead");
        }
    }
}
