package nl.ivbplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A yearly execution plan (uitvoeringsplan) under a policy framework. */
@Entity
@Audited
public class ExecutionPlan extends VersionedEntity {

    private Long frameworkId;

    private int year;

    private String title;

    @Enumerated(EnumType.STRING)
    private PlanState state;

    private LocalDate adoptedOn;

    private LocalDate evaluatedOn;

    /** The partner that carries out every activity unless the activity names another trekker. */
    private Long defaultLeadPartnerId;

    protected ExecutionPlan() {
    }

    /** Only a concept can be changed; an adopted or evaluated plan is a public document. */
    public boolean isEditable() {
        return state == PlanState.CONCEPT;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public PlanState getState() {
        return state;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public Long getDefaultLeadPartnerId() {
        return defaultLeadPartnerId;
    }
}
