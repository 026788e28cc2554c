package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import nl.ivbplanner.plantables.PlanTable;
import org.hibernate.envers.Audited;

/** A budget overview of a plan or framework as printed, with the total printed under it. */
@Entity
@Audited
public class BudgetTable extends PlanTable {

    private Long frameworkId;

    private Integer year;

    private Long printedTotalCents;

    protected BudgetTable() {}

    /** A new, empty table at the end of a plan's budget, for the plan's year. */
    BudgetTable(long planId, int planYear, int position, String title) {
        super(planId, position, title);
        this.year = planYear;
    }

    public Long getPrintedTotalCents() {
        return printedTotalCents;
    }
}
