package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A budget overview of a plan or framework as printed, with the total printed under it. */
@Entity
public class BudgetTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    private Long frameworkId;

    private String title;

    private Integer year;

    private Long printedTotalCents;

    private int position;

    @Version
    private long version;

    protected BudgetTable() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getPrintedTotalCents() {
        return printedTotalCents;
    }
}
