package nl.ivbplanner.planview;

import java.util.List;

/**
 * What a plan's page and its council report both show, in the order of the printed document: its texts, the
 * framework's themes, the activities per main theme and the budget tables.
 */
public record PlanContent(
        List<SectionRow> sections,
        List<ThemeRow> themes,
        List<PlanView.ThemeTable> themeTables,
        List<PlanView.Table<BudgetRow>> budgetTables) {}
