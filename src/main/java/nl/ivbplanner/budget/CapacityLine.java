package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

/** One function in a formation table: existing fte and fte added (uitbreiding), of the municipality or the police. */
@Entity
@Audited
public class CapacityLine extends VersionedEntity implements Positioned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CapacityTable capacityTable;

    private String groupName;

    private String functionName;

    private BigDecimal fteExisting;

    private BigDecimal fteAdded;

    private String remark;

    @Enumerated(EnumType.STRING)
    private CapacityOrganisation organisation;

    /** The 'totaal, waarvan ...' line of the same table that this line is part of. */
    private Long partOfId;

    // Moving a line is no edit of its content: it must not make a colleague's open form stale.
    @OptimisticLock(excluded = true)
    private int position;

    protected CapacityLine() {
    }

    /** A new line at the given place in a table. */
    static CapacityLine addTo(CapacityTable table, int position, CapacityLineContent content) {
        CapacityLine line = new CapacityLine();
        line.capacityTable = table;
        line.position = position;
        line.revise(content);
        return line;
    }

    void revise(CapacityLineContent content) {
        groupName = content.groupName();
        functionName = content.functionName();
        fteExisting = content.fteExisting();
        fteAdded = content.fteAdded();
        remark = content.remark();
        organisation = content.organisation();
        partOfId = content.partOfId();
    }

    /** No longer part of a total line, e.g. because that line was deleted: the line counts in the totals itself. */
    void standAlone() {
        partOfId = null;
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    @Override
    public int getPosition() {
        return position;
    }

    public CapacityTable getCapacityTable() {
        return capacityTable;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getFunctionName() {
        return functionName;
    }

    public BigDecimal getFteExisting() {
        return fteExisting;
    }

    public BigDecimal getFteAdded() {
        return fteAdded;
    }

    public String getRemark() {
        return remark;
    }

    public CapacityOrganisation getOrganisation() {
        return organisation;
    }

    public Long getPartOfId() {
        return partOfId;
    }
}
