package nl.ivbplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import nl.ivbplanner.common.VersionedEntity;
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

    private String statusNote;

    private Long carriedOverFromId;

    protected Activity() {
    }

    /** A new activity at the end of a concept plan, under a theme and, if given, the objective it answers to. */
    static Activity addTo(ExecutionPlan plan, long themeId, Long objectiveId, int position, ActivityText text) {
        if (!plan.isEditable()) {
            throw new PlanNotEditableException();
        }
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
        if (plan == null || !plan.isEditable()) {
            throw new PlanNotEditableException();
        }
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
        if (plan == null || !plan.isEditable()) {
            throw new PlanNotEditableException();
        }
        this.themeId = newThemeId;
        this.objectiveId = newObjectiveId;
    }

    /** Swaps places with a neighbour in the plan, for reordering without gaps or duplicates. */
    void swapPositionWith(Activity neighbour) {
        if (plan == null || !plan.isEditable()) {
            throw new PlanNotEditableException();
        }
        int mine = position;
        position = neighbour.position;
        neighbour.position = mine;
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
}
