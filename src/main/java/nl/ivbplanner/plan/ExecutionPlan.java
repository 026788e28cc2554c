package nl.ivbplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A yearly execution plan (uitvoeringsplan) under a policy framework. */
@Entity
@Audited
public class ExecutionPlan extends VersionedEntity {

    /** Why a change to the plan's contents is refused once it is no longer a concept. */
    public static final String NOT_EDITABLE = "activity.form.not-editable";

    private static final String NOT_CONCEPT = "plan.concept.not-concept";

    private Long frameworkId;

    private int year;

    private String title;

    @Enumerated(EnumType.STRING)
    private PlanState state;

    private LocalDate adoptedOn;

    private LocalDate evaluatedOn;

    /** The partner that carries out every activity unless the activity names another trekker. */
    private Long defaultLeadPartnerId;

    protected ExecutionPlan() {}

    /** A new concept plan for a year under a framework. */
    public ExecutionPlan(Long frameworkId, int year, String title) {
        this.frameworkId = frameworkId;
        this.year = year;
        this.title = title;
        this.state = PlanState.CONCEPT;
    }

    /** The college adopted the concept: from now on the plan is a read-only public document. */
    public PlanStateChange adopt(LocalDate collegeDecision, Long by) {
        if (!state.isConcept()) {
            throw new StateConflictException("plan.lifecycle.not-concept");
        }
        state = PlanState.VASTGESTELD;
        adoptedOn = collegeDecision;
        return new PlanStateChange(this, PlanState.CONCEPT, PlanState.VASTGESTELD, null, by);
    }

    /**
     * A manager takes a plan one step back, for a reason that stays in the history: an adopted plan to concept, an
     * evaluated plan to adopted (so its verdicts can be changed again).
     */
    public PlanStateChange reopen(String reason, Long by) {
        PlanState from = state;
        switch (state) {
            case VASTGESTELD -> {
                state = PlanState.CONCEPT;
                adoptedOn = null;
            }
            case GEEVALUEERD -> {
                state = PlanState.VASTGESTELD;
                evaluatedOn = null;
            }
            default -> throw new StateConflictException("plan.lifecycle.not-adopted");
        }
        return new PlanStateChange(this, from, state, reason, by);
    }

    /** A manager closes the year-end evaluation once every activity has a verdict; the plan is then read-only. */
    public PlanStateChange closeEvaluation(LocalDate on, long activitiesWithoutVerdict, Long by) {
        if (!state.isOpenForEvaluation()) {
            throw new StateConflictException("evaluation.close.not-adopted");
        }
        if (activitiesWithoutVerdict > 0) {
            throw new StateConflictException("evaluation.close.incomplete");
        }
        state = PlanState.GEEVALUEERD;
        evaluatedOn = on;
        return new PlanStateChange(this, PlanState.VASTGESTELD, PlanState.GEEVALUEERD, null, by);
    }

    /** A concept gets a better title; the URL keeps naming the plan by its year. */
    public void retitle(String newTitle) {
        if (!state.isConcept()) {
            throw new StateConflictException(NOT_CONCEPT);
        }
        title = newTitle;
    }

    /** A concept made by mistake may go, with all that is in it; an adopted or evaluated plan is a public document. */
    public PlanRemoval removal() {
        if (!state.isConcept()) {
            throw new StateConflictException(NOT_CONCEPT);
        }
        return new PlanRemoval(getId());
    }

    public boolean isOpenForMeasurements() {
        return state.isOpenForMeasurements();
    }

    public boolean isOpenForEvaluation() {
        return state.isOpenForEvaluation();
    }

    public boolean isEditable() {
        return state.isEditable();
    }

    /** Refuses any change to the plan's contents (activities, KPIs, texts, ...) once it is no longer a concept. */
    public void requireEditable() {
        if (!isEditable()) {
            throw new StateConflictException(NOT_EDITABLE);
        }
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
