package nl.ivbplanner.formation;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import nl.ivbplanner.plantables.PlanTable;
import org.hibernate.envers.Audited;

/** A formation overview (fte) of a plan as printed, with its printed totals. */
@Entity
@Audited
public class CapacityTable extends PlanTable {

    private BigDecimal printedTotalExisting;

    private BigDecimal printedTotalAdded;

    protected CapacityTable() {}

    /** A new, empty table at the end of a plan's formation. */
    CapacityTable(long planId, int position, String title) {
        super(planId, position, title);
    }
}
