package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A formation overview (fte) of a plan as printed, with its printed totals. */
@Entity
@Audited
public class CapacityTable extends VersionedEntity {

    private Long planId;

    private String title;

    private BigDecimal printedTotalExisting;

    private BigDecimal printedTotalAdded;

    private int position;

    protected CapacityTable() {
    }

    /** A new, empty table at the end of a plan's formation. */
    static CapacityTable addTo(long planId, int position, String title) {
        CapacityTable table = new CapacityTable();
        table.planId = planId;
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
}
