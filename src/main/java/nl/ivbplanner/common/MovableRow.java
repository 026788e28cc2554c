package nl.ivbplanner.common;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

/**
 * An editable row in an order users give (a plan's KPIs, a table's lines) whose place is no part of its content:
 * moving it up or down must not make a colleague's open form stale, so its position is left out of the version.
 */
@MappedSuperclass
@Audited
public abstract class MovableRow extends VersionedEntity implements Positioned {

    @OptimisticLock(excluded = true)
    private int position;

    protected MovableRow() {}

    protected MovableRow(int position) {
        this.position = position;
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
