package nl.ivbplanner.export;

import java.math.BigDecimal;
import java.util.List;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;

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

/**
 * One activity as the plan page lists it; the status is already the municipality's legend label, the objective is
 * its number and text ('Wat willen we bereiken?'), the partners each organisation once with its leading roles.
 */
record ExportActivity(long id, String mainTheme, String subTheme, String objective, String title, String description,
        String goal, String partners, String intendedResult, String planning, String statusLabel, String resultText) {

    ExportActivity withPartners(String names) {
        return new ExportActivity(id, mainTheme, subTheme, objective, title, description, goal, names, intendedResult,
                planning, statusLabel, resultText);
    }
}

record ExportBudgetLine(String tableTitle, String label, Long amountCents, String amountText, String remark) {
}

/** Everything one export writes, read with a fixed number of statements. */
record PlanExport(ExportHeader header, List<ExportActivity> activities, List<KpiFigures> kpis,
        List<ExportBudgetLine> budget, List<FormationTable> capacity) {
}
