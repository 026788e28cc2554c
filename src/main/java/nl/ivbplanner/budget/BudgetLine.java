package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One budget line; the amount is in euro cents, or only text where the document prints no number. */
@Entity
@Audited
public class BudgetLine extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private BudgetTable budgetTable;

    private Long themeId;

    private String label;

    private Long amountCents;

    private String amountText;

    private String remark;

    private int position;

    protected BudgetLine() {
    }

    public String getLabel() {
        return label;
    }

    public Long getAmountCents() {
        return amountCents;
    }
}
