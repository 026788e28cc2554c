package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One function in a formation table: existing fte and fte added (uitbreiding). */
@Entity
@Audited
public class CapacityLine extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CapacityTable capacityTable;

    private String groupName;

    private String functionName;

    private BigDecimal fteExisting;

    private BigDecimal fteAdded;

    private String remark;

    private int position;

    protected CapacityLine() {
    }

    public String getFunctionName() {
        return functionName;
    }
}
