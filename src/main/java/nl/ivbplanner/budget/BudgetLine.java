package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

/** One budget line; the amount is in euro cents, or only text where the document prints no number. */
@Entity
@Audited
public class BudgetLine extends VersionedEntity implements Positioned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private BudgetTable budgetTable;

    private Long themeId;

    private String label;

    private Long amountCents;

    private String amountText;

    private String remark;

    // Moving a line is no edit of its content: it must not make a colleague's open form stale.
    @OptimisticLock(excluded = true)
    private int position;

    protected BudgetLine() {
    }

    /** A new line at the given place in a table. */
    static BudgetLine addTo(BudgetTable table, int position, BudgetLineContent content) {
        BudgetLine line = new BudgetLine();
        line.budgetTable = table;
        line.position = position;
        line.revise(content);
        return line;
    }

    void revise(BudgetLineContent content) {
        themeId = content.themeId();
        label = content.label();
        amountCents = content.amountCents();
        amountText = content.amountText();
        remark = content.remark();
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    @Override
    public int getPosition() {
        return position;
    }

    public BudgetTable getBudgetTable() {
        return budgetTable;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getLabel() {
        return label;
    }

    public Long getAmountCents() {
        return amountCents;
    }

    public String getAmountText() {
        return amountText;
    }

    public String getRemark() {
        return remark;
    }
}
