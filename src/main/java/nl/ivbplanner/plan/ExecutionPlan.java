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

    /** A new concept plan for a year under a framework. */
    public ExecutionPlan(Long frameworkId, int year, String title) {
        this.frameworkId = frameworkId;
        this.year = year;
        this.title = title;
        this.state = PlanState.CONCEPT;
    }

    /** The college adopted the concept: from now on the plan is a read-only public document. */
    public PlanStateChange adopt(LocalDate collegeDecision, Long by) {
        if (state != PlanState.CONCEPT) {
            throw new PlanTransitionException("plan.lifecycle.not-concept");
        }
        state = PlanState.VASTGESTELD;
        adoptedOn = collegeDecision;
        return new PlanStateChange(this, PlanState.CONCEPT, PlanState.VASTGESTELD, null, by);
    }

    /** A manager takes an adopted plan back to concept, for a reason that stays in the history. */
    public PlanStateChange reopen(String reason, Long by) {
        if (state != PlanState.VASTGESTELD) {
            throw new PlanTransitionException("plan.lifecycle.not-adopted");
        }
        state = PlanState.CONCEPT;
        adoptedOn = null;
        return new PlanStateChange(this, PlanState.VASTGESTELD, PlanState.CONCEPT, reason, by);
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
