package nl.ivbplanner.plantables;

import jakarta.persistence.MappedSuperclass;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

/** One line of a plan's table, in the order users gave the table's lines, with a remark. */
@MappedSuperclass
@Audited
public abstract class TableLine<T extends PlanTable> extends VersionedEntity implements Positioned {

    private String remark;

    // Moving a line is no edit of its content: it must not make a colleague's open form stale.
    @OptimisticLock(excluded = true)
    private int position;

    protected TableLine() {
    }

    protected TableLine(int position) {
        this.position = position;
    }

    /** The table the line is in. */
    public abstract T getTable();

    protected void remark(String remark) {
        this.remark = remark;
    }

    public String getRemark() {
        return remark;
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    @Override
    public int getPosition() {
        return position;
    }
}
