package nl.ivbplanner.formation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import nl.ivbplanner.plantables.TableLine;
import org.hibernate.envers.Audited;

/** One function in a formation table: existing fte and fte added (uitbreiding), of the municipality or the police. */
@Entity
@Audited
public class CapacityLine extends TableLine<CapacityTable> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "capacity_table_id")
    private CapacityTable table;

    private String groupName;

    private String functionName;

    private BigDecimal fteExisting;

    private BigDecimal fteAdded;

    @Enumerated(EnumType.STRING)
    private CapacityOrganisation organisation;

    /** The 'totaal, waarvan ...' line of the same table that this line is part of. */
    private Long partOfId;

    protected CapacityLine() {}

    /** A new line at the given place in a table. */
    CapacityLine(CapacityTable table, int position, CapacityLineContent content) {
        super(position);
        this.table = table;
        revise(content);
    }

    void revise(CapacityLineContent content) {
        groupName = content.groupName();
        functionName = content.functionName();
        fteExisting = content.fteExisting();
        fteAdded = content.fteAdded();
        remark(content.remark());
        organisation = content.organisation();
        partOfId = content.partOfId();
    }

    /** No longer part of a total line, e.g. because that line was deleted: the line counts in the totals itself. */
    void standAlone() {
        partOfId = null;
    }

    @Override
    public CapacityTable getTable() {
        return table;
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

    public CapacityOrganisation getOrganisation() {
        return organisation;
    }

    public Long getPartOfId() {
        return partOfId;
    }
}
