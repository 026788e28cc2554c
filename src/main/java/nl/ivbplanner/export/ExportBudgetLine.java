package nl.ivbplanner.export;

record ExportBudgetLine(long id, String tableTitle, String label, Long amountCents, String amountText, String remark) {}
