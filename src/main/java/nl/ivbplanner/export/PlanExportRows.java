package nl.ivbplanner.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

// The rows the export's queries return, kept together because each is a few lines.

record ExportHeader(long municipalityId, String municipalityName, long planId, int year, String title, String state) {

    boolean concept() {
        return "CONCEPT".equals(state);
    }

    /** Only an evaluated plan has verdicts and results worth a column. */
    boolean evaluated() {
        return "GEEVALUEERD".equals(state);
    }
}

/** One activity as the plan page lists it; the status is already the municipality's legend label. */
record ExportActivity(String mainTheme, String subTheme, String title, String description, String goal,
        String partners, String intendedResult, String planning, String statusLabel, String resultText) {
}

/** A KPI with its baseline and target as a number or, when not a plain number, as printed. */
record ExportKpi(String name, String unit, BigDecimal baselineValue, String baselineText, String comparator,
        BigDecimal targetValue, String targetText, Integer targetYear, BigDecimal latestValue, String latestText,
        LocalDate latestPeildatum) {
}

record ExportBudgetLine(String tableTitle, String label, Long amountCents, String amountText, String remark) {
}

record ExportCapacityLine(String tableTitle, String groupName, String functionName, BigDecimal fteExisting,
        BigDecimal fteAdded) {
}

/** Everything one export writes, read with a fixed number of statements. */
record PlanExport(ExportHeader header, List<ExportActivity> activities, List<ExportKpi> kpis,
        List<ExportBudgetLine> budget, List<ExportCapacityLine> capacity) {
}
