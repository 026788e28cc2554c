package nl.ivbplanner.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import nl.ivbplanner.kpi.KpiUnit;
import org.hibernate.annotations.Immutable;

/**
 * A standard indicator: a measure every municipality of the region takes from the same source in the same unit, so
 * the KPIs linked to it compare across municipalities. The list ships with the application (V29).
 */
@Entity
@Immutable
class Indicator {

    @Id
    private Long id;

    private String code;

    private String name;

    private String source;

    @Enumerated(EnumType.STRING)
    private KpiUnit unitKind;

    private String description;

    private int position;

    protected Indicator() {}

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getSource() {
        return source;
    }

    KpiUnit getUnitKind() {
        return unitKind;
    }

    String getDescription() {
        return description;
    }
}
