package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import nl.ivbplanner.common.VersionedEntity;

/** A formation overview (fte) of a plan as printed, with its printed totals. */
@Entity
public class CapacityTable extends VersionedEntity {

    private Long planId;

    private String title;

    private BigDecimal printedTotalExisting;

    private BigDecimal printedTotalAdded;

    private int position;

    protected CapacityTable() {
    }

    public String getTitle() {
        return title;
    }
}
