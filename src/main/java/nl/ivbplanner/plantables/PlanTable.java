package nl.ivbplanner.plantables;

import jakarta.persistence.MappedSuperclass;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A table of a plan as printed (budget, formation): a title, and its place among the plan's tables of its kind. */
@MappedSuperclass
@Audited
public abstract class PlanTable extends VersionedEntity {

    private Long planId;

    private String title;

    private int position;

    protected PlanTable() {}

    /** A new, empty table at the given place among the plan's tables. */
    protected PlanTable(long planId, int position, String title) {
        this.planId = planId;
        this.position = position;
        this.title = title;
    }

    void rename(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
