package nl.ivbplanner.kpi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A measured value of a KPI for one period, with its peildatum and source. */
@Entity
@Audited
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Kpi kpi;

    private String period;

    private Integer year;

    private BigDecimal value;

    private String valueText;

    private LocalDate peildatum;

    private String source;

    private String note;

    @Version
    private long version;

    protected Measurement() {
    }

    public Long getId() {
        return id;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getValue() {
        return value;
    }
}
