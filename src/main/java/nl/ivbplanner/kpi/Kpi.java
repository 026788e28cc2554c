package nl.ivbplanner.kpi;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** A key performance indicator of a plan or framework, with baseline and target. */
@Entity
@Audited
public class Kpi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    private Long frameworkId;

    private Long themeId;

    private Long objectiveId;

    private int position;

    private String name;

    private String unit;

    private String source;

    @Enumerated(EnumType.STRING)
    private KpiKind kind;

    @Enumerated(EnumType.STRING)
    private Comparator comparator;

    private BigDecimal baselineValue;

    private String baselineText;

    private Integer baselineYear;

    private BigDecimal targetValue;

    private String targetText;

    private Integer targetYear;

    @Version
    private long version;

    protected Kpi() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public KpiKind getKind() {
        return kind;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }
}
