package nl.ivbplanner.planimport;

import java.util.Locale;
import java.util.function.Function;
import nl.ivbplanner.kpi.Comparator;
import nl.ivbplanner.kpi.KpiDefinition;
import nl.ivbplanner.kpi.KpiKind;
import nl.ivbplanner.kpi.KpiUnit;
import nl.ivbplanner.planimport.KpiCells.Figure;

/**
 * A row of the KPI sheet that keeps the KPI form's rules, as it will be stored: the id of the plan's KPI it changes
 * (null for a new one) and everything the sheet states about it. A blank Eenheid makes a milestone, as the export
 * writes one.
 */
record KpiRow(
        SourcePlace place,
        Long id,
        String name,
        Long themeId,
        String themeLabel,
        KpiKind kind,
        KpiUnit unitKind,
        String unit,
        Comparator comparator,
        Figure baseline,
        Integer baselineYear,
        Figure target,
        Integer targetYear) {

    /** What the KPI will state; the objective and source are not in the sheet and stay as they were. */
    KpiDefinition definition(Long objectiveId, String source) {
        return new KpiDefinition(
                themeId,
                objectiveId,
                name,
                unit,
                unitKind,
                source,
                kind,
                comparator,
                baseline.number(),
                baseline.text(),
                baselineYear,
                target.number(),
                target.text(),
                targetYear);
    }

    boolean milestone() {
        return kind == KpiKind.MILESTONE;
    }

    String unitLabel(Function<String, String> labels) {
        return milestone() ? null : labels.apply("kpi.unit." + unitKind);
    }

    String baselineShown() {
        return shown(baseline);
    }

    String targetShown() {
        return shown(target);
    }

    /** What a plan names once (kpi_name_once_per_plan_idx): the name and unit text without case or outer spaces. */
    String nameKey() {
        return nameKey(name, unitKind, unit);
    }

    static String nameKey(String name, KpiUnit unitKind, String unit) {
        return name.strip().toLowerCase(Locale.ROOT) + "\n" + unitKind + "\n"
                + (unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT));
    }

    private String shown(Figure figure) {
        return figure.number() != null ? unitKind.format(figure.number()) : figure.text();
    }
}
