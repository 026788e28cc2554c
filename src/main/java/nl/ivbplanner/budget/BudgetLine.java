package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One budget line; the amount is in euro cents, or only text where the document prints no number. */
@Entity
@Audited
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private BudgetTable budgetTable;

    private Long themeId;

    private String label;

    private Long amountCents;

    private String amountText;

    private String remark;

    private int position;

    @Version
    private long version;

    protected BudgetLine() {
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Long getAmountCents() {
        return amountCents;
    }
}
