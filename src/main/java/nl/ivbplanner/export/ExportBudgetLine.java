package nl.ivbplanner.export;

record ExportBudgetLine(String tableTitle, String label, Long amountCents, String amountText, String remark) {}
