package nl.ivbplanner.support;

import java.time.LocalDate;
import nl.ivbplanner.plan.ExecutionPlan;

/** Plans in each state of their year, built through their own behaviour, for specifications without a database. */
public final class Plans {

    public static final LocalDate COLLEGE_DECISION = LocalDate.of(2026, 2, 10);
    public static final LocalDate YEAR_END = LocalDate.of(2027, 1, 20);
    public static final Long MANAGER = 7L;

    private Plans() {}

    public static ExecutionPlan concept() {
        return new ExecutionPlan(1L, 2026, "Uitvoeringsplan IVB 2026");
    }

    public static ExecutionPlan adopted() {
        ExecutionPlan plan = concept();
        plan.adopt(COLLEGE_DECISION, MANAGER);
        return plan;
    }

    public static ExecutionPlan evaluated() {
        ExecutionPlan plan = adopted();
        plan.closeEvaluation(YEAR_END, 0, MANAGER);
        return plan;
    }
}
