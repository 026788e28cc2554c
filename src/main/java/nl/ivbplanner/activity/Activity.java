package nl.ivbplanner.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.common.VersionedEntity;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanState;
import org.hibernate.envers.Audited;

/** An activity of a yearly plan, or a framework's multi-year line when it belongs to no plan. */
@Entity
@Audited
public class Activity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private ExecutionPlan plan;

    private Long frameworkId;

    private Long themeId;

    private Long objectiveId;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private int position;

    private String title;

    private String description;

    private String goal;

    private String intendedResult;

    private String owner;

    private String planning;

    private LocalDate deadline;

    private Long responsibleUserId;

    private String statusNote;

    private Long carriedOverFromId;

    /** Why an evaluated plan's activity gets no other responsible person or deadline. */
    static final String ASSIGNMENT_CLOSED = "activity.assignment.closed";

    protected Activity() {}

    /** A new activity at the end of a concept plan, under a theme and, if given, the objective it answers to. */
    static Activity addTo(ExecutionPlan plan, long themeId, Long objectiveId, int position, ActivityText text) {
        plan.requireEditable();
        Activity activity = new Activity();
        activity.plan = plan;
        activity.themeId = themeId;
        activity.objectiveId = objectiveId;
        activity.kind = ActivityKind.ACTIVITY;
        activity.position = position;
        activity.revise(text);
        return activity;
    }

    /**
     * A copy of this activity in a new concept plan, with its texts and theme. A plan activity remembers it was
     * carried over; a framework line is the plan's starting point, not its origin. Objectives of this year's plan
     * do not exist in the next one, so only a framework-level objective comes along.
     */
    Activity copyInto(ExecutionPlan next, int newPosition, boolean objectiveBelongsToFramework) {
        Activity copy = new Activity();
        copy.plan = next;
        copy.themeId = themeId;
        copy.objectiveId = objectiveBelongsToFramework ? objectiveId : null;
        copy.kind = ActivityKind.ACTIVITY;
        copy.position = newPosition;
        copy.title = title;
        copy.description = description;
        copy.goal = goal;
        copy.intendedResult = intendedResult;
        copy.owner = owner;
        copy.planning = planning;
        copy.carriedOverFromId = plan != null ? getId() : null;
        return copy;
    }

    /** Rewrites the texts of a plan activity; refused once the plan is adopted. */
    public void revise(ActivityText text) {
        requireEditablePlan();
        this.title = text.title();
        this.description = text.description();
        this.goal = text.goal();
        this.intendedResult = text.intendedResult();
        this.planning = text.planning();
    }

    /**
     * Places the activity under a theme of its framework and an objective of that theme (or none); the caller has
     * checked that both belong to the plan.
     */
    void placeUnder(long newThemeId, Long newObjectiveId) {
        requireEditablePlan();
        this.themeId = newThemeId;
        this.objectiveId = newObjectiveId;
    }

    /** Its place among the activities of its theme and objective, as the plan page lists them. */
    void moveTo(int newPosition) {
        requireEditablePlan();
        position = newPosition;
    }

    /**
     * Who of the municipality answers for it (or nobody) and by when (or no date): on a concept and on an adopted plan,
     * while the work is done, not once the plan is evaluated.
     */
    void assign(Long userId, LocalDate newDeadline) {
        requireAssignable();
        this.responsibleUserId = userId;
        this.deadline = newDeadline;
    }

    void requireAssignable() {
        if (plan == null || plan.getState() == PlanState.GEEVALUEERD) {
            throw new StateConflictException(ASSIGNMENT_CLOSED);
        }
    }

    /** A framework's line belongs to no plan and is never changed here; a plan's activity only while it is a concept. */
    private void requireEditablePlan() {
        if (plan == null) {
            throw new StateConflictException(ExecutionPlan.NOT_EDITABLE);
        }
        plan.requireEditable();
    }

    public ExecutionPlan getPlan() {
        return plan;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getGoal() {
        return goal;
    }

    public String getIntendedResult() {
        return intendedResult;
    }

    public String getOwner() {
        return owner;
    }

    public String getPlanning() {
        return planning;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public Long getCarriedOverFromId() {
        return carriedOverFromId;
    }

    public Long getResponsibleUserId() {
        return responsibleUserId;
    }
}
