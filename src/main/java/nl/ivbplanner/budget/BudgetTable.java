package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A budget overview of a plan or framework as printed, with the total printed under it. */
@Entity
@Audited
public class BudgetTable extends VersionedEntity {

    private Long planId;

    private Long frameworkId;

    private String title;

    private Integer year;

    private Long printedTotalCents;

    private int position;

    protected BudgetTable() {
    }

    /** A new, empty table at the end of a plan's budget, for the plan's year. */
    static BudgetTable addTo(long planId, int planYear, int position, String title) {
        BudgetTable table = new BudgetTable();
        table.planId = planId;
        table.year = planYear;
        table.position = position;
        table.title = title;
        return table;
    }

    void rename(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public Long getPrintedTotalCents() {
        return printedTotalCents;
    }
}
