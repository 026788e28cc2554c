package nl.ivbplanner.kpi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A measured value of a KPI for one period, with its peildatum and source. */
@Entity
@Audited
public class Measurement extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Kpi kpi;

    private String period;

    private Integer year;

    private BigDecimal value;

    private String valueText;

    private LocalDate peildatum;

    private String source;

    private String note;

    protected Measurement() {
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getValue() {
        return value;
    }
}
