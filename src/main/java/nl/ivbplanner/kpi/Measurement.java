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

    protected Measurement() {}

    /** A value measured for a period; for a milestone 1 means reached and 0 not yet. */
    static Measurement of(Kpi kpi, MeasuredValue measured) {
        Measurement measurement = new Measurement();
        measurement.kpi = kpi;
        measurement.period = measured.period();
        measurement.year = measured.year();
        measurement.value = measured.value();
        measurement.peildatum = measured.peildatum();
        measurement.source = measured.source();
        measurement.note = measured.note();
        return measurement;
    }

    /**
     * Another period, year, value or peildatum for this measurement, as an import brings them; the source and note
     * stay. A value without a printed text or a printed text without a value (the database's rule: one of them).
     */
    void correct(String period, Integer year, BigDecimal value, String valueText, LocalDate peildatum) {
        if (period == null || period.isBlank() || (value == null && valueText == null)) {
            throw new IllegalArgumentException("a measurement needs a period and a value or its printed text");
        }
        this.period = period;
        this.year = year;
        this.value = value;
        this.valueText = valueText;
        this.peildatum = peildatum;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Integer getYear() {
        return year;
    }

    public String getValueText() {
        return valueText;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    Kpi getKpi() {
        return kpi;
    }
}
