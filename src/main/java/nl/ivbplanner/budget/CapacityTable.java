package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A formation overview (fte) of a plan as printed, with its printed totals. */
@Entity
public class CapacityTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    private String title;

    private BigDecimal printedTotalExisting;

    private BigDecimal printedTotalAdded;

    private int position;

    @Version
    private long version;

    protected CapacityTable() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
