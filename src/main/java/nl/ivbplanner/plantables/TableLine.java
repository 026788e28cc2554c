package nl.ivbplanner.plantables;

import jakarta.persistence.MappedSuperclass;
import nl.ivbplanner.common.MovableRow;
import org.hibernate.envers.Audited;

/** One line of a plan's table, in the order users gave the table's lines, with a remark. */
@MappedSuperclass
@Audited
public abstract class TableLine<T extends PlanTable> extends MovableRow {

    private String remark;

    protected TableLine() {}

    protected TableLine(int position) {
        super(position);
    }

    /** The table the line is in. */
    public abstract T getTable();

    protected void remark(String remark) {
        this.remark = remark;
    }

    public String getRemark() {
        return remark;
    }
}
