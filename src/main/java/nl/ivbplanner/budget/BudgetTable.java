package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import nl.ivbplanner.common.VersionedEntity;

/** A budget overview of a plan or framework as printed, with the total printed under it. */
@Entity
public class BudgetTable extends VersionedEntity {

    private Long planId;

    private Long frameworkId;

    private String title;

    private Integer year;

    private Long printedTotalCents;

    private int position;

    protected BudgetTable() {
    }

    public String getTitle() {
        return title;
    }

    public Long getPrintedTotalCents() {
        return printedTotalCents;
    }
}
