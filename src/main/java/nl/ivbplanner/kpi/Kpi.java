package nl.ivbplanner.kpi;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import nl.ivbplanner.common.MovableRow;
import org.hibernate.envers.Audited;

/** A key performance indicator of a plan or framework, with baseline and target. */
@Entity
@Audited
public class Kpi extends MovableRow {

    private Long planId;

    private Long frameworkId;

    private Long themeId;

    private Long objectiveId;

    private String name;

    private String unit;

    @Enumerated(EnumType.STRING)
    private KpiUnit unitKind;

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

    /** Who answers for the KPI's measurements: a user of the municipality, or nobody. */
    private Long responsibleUserId;

    /** The standard indicator the KPI measures, which makes it comparable across the region; or none. */
    private Long indicatorId;

    protected Kpi() {}

    private Kpi(int position) {
        super(position);
    }

    /** A new KPI of a plan at the given place in its list. */
    static Kpi addTo(long planId, int position, KpiDefinition definition) {
        Kpi kpi = new Kpi(position);
        kpi.planId = planId;
        kpi.revise(definition);
        return kpi;
    }

    /** Replaces what the KPI states, the theme and objective it belongs to included. */
    void revise(KpiDefinition definition) {
        themeId = definition.themeId();
        objectiveId = definition.objectiveId();
        name = definition.name();
        unit = definition.unit();
        unitKind = definition.unitKind();
        source = definition.source();
        kind = definition.kind();
        comparator = definition.comparator();
        baselineValue = definition.baselineValue();
        baselineText = definition.baselineText();
        baselineYear = definition.baselineYear();
        targetValue = definition.targetValue();
        targetText = definition.targetText();
        targetYear = definition.targetYear();
    }

    /** Links the KPI to the standard indicator it measures, or unlinks it (null). */
    void measure(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public KpiUnit getUnitKind() {
        return unitKind;
    }

    public String getSource() {
        return source;
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

    public String getBaselineText() {
        return baselineText;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getTargetText() {
        return targetText;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    /** Who answers for the measurements from now on (null: nobody); the plan's state is checked by the caller. */
    void assign(Long userId) {
        this.responsibleUserId = userId;
    }

    public Long getResponsibleUserId() {
        return responsibleUserId;
    }
}
