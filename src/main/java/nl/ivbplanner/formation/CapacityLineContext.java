package nl.ivbplanner.formation;

import java.util.List;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.plantables.LineContext;

/** The formation line form's surroundings: the plan, the table, the stored line, the lines it may be part of. */
record CapacityLineContext(String planTitle, String tableTitle, CapacityLineForm stored, List<TotalLine> totals)
        implements LineContext<CapacityLineForm> {

    @Override
    public List<FieldProblem> problems(CapacityLineForm form) {
        return form.problems(stored);
    }

    /** The function of the total line a form names, to show a colleague's stored choice. */
    public String totalLabel(String lineId) {
        return totals.stream()
                .filter(t -> String.valueOf(t.id()).equals(lineId))
                .map(TotalLine::functionName)
                .findFirst()
                .orElse(null);
    }
}
