package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One function in a formation table: existing fte and fte added (uitbreiding). */
@Entity
@Audited
public class CapacityLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CapacityTable capacityTable;

    private String groupName;

    private String functionName;

    private BigDecimal fteExisting;

    private BigDecimal fteAdded;

    private String remark;

    private int position;

    @Version
    private long version;

    protected CapacityLine() {
    }

    public Long getId() {
        return id;
    }

    public String getFunctionName() {
        return functionName;
    }
}
