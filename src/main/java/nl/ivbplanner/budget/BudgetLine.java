package nl.ivbplanner.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.plantables.TableLine;
import org.hibernate.envers.Audited;

/** One budget line; the amount is in euro cents, or only text where the document prints no number. */
@Entity
@Audited
public class BudgetLine extends TableLine<BudgetTable> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_table_id")
    private BudgetTable table;

    private Long themeId;

    private String label;

    private Long amountCents;

    private String amountText;

    protected BudgetLine() {}

    /** A new line at the given place in a table. */
    BudgetLine(BudgetTable table, int position, BudgetLineContent content) {
        super(position);
        this.table = table;
        revise(content);
    }

    void revise(BudgetLineContent content) {
        themeId = content.themeId();
        label = content.label();
        amountCents = content.amountCents();
        amountText = content.amountText();
        remark(content.remark());
    }

    @Override
    public BudgetTable getTable() {
        return table;
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
}
