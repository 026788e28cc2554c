package nl.ivbplanner.kpi;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A key performance indicator of a plan or framework, with baseline and target. */
@Entity
@Audited
public class Kpi extends VersionedEntity {

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

    protected Kpi() {
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
