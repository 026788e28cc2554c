package nl.ivbplanner.activity;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.activity.web.ActivityForm;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.framework.PolicyFrameworkRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding an activity to a concept plan, under one of its framework's themes, and editing, moving and removing one:
 * access check, concurrency check, then the entity's own rule.
 */
@Service
public class ActivityEditService {

    private final EditablePlans plans;
    private final EditableActivities editable;
    private final ActivityRepository activities;
    private final PolicyFrameworkRepository frameworks;
    private final ActivityChoices choices;

    ActivityEditService(
            EditablePlans plans,
            EditableActivities editable,
            ActivityRepository activities,
            PolicyFrameworkRepository frameworks,
            ActivityChoices choices) {
        this.plans = plans;
        this.editable = editable;
        this.activities = activities;
        this.frameworks = frameworks;
        this.choices = choices;
    }

    /** The plan's title, its framework's themes and the objectives of the plan and framework, for a new activity. */
    @Transactional(readOnly = true)
    public NewContext newContext(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new NewContext(plan.getTitle(), choices.options(plan));
    }

    /** Returns the new activity's id. */
    @Transactional
    public long add(PlanAddress address, ActivityForm form) {
        ExecutionPlan plan = plans.require(address);
        choices.requireFitting(form, plan);
        return activities
                .save(Activity.addTo(
                        plan, form.themeId(), form.objectiveId(), activities.nextPosition(plan.getId()), form.toText()))
                .getId();
    }

    /** The stored activity as a form, with the themes it may move to and the objectives it may answer to. */
    @Transactional(readOnly = true)
    public EditContext context(ActivityAddress address) {
        Activity activity = editable.require(address).activity();
        return new EditContext(ActivityForm.of(activity), choices.options(activity.getPlan()));
    }

    @Transactional
    public void save(ActivityAddress address, ActivityForm form) {
        Activity activity = editable.requireForChange(address).activity();
        activity.requireVersion(form.version(), () -> ActivityForm.of(activity));
        choices.requireFitting(form, activity.getPlan());
        activity.revise(form.toText());
        activity.placeUnder(form.themeId(), form.objectiveId());
    }

    /**
     * Moves an activity one place up or down among the activities of its theme and objective, as the plan page
     * groups them (themes keep their tree order); returns the plan's address. At either end nothing changes.
     */
    @Transactional
    public PlanAddress move(ActivityAddress address, Positions.Direction direction) {
        Activity activity = editable.requireForChange(address).activity();
        List<Activity> siblings = activities.findSiblings(activity.getId());
        List<Integer> positions = siblings.stream().map(Activity::getPosition).toList();
        List<Slot> slots = new ArrayList<>();
        for (int index = 0; index < siblings.size(); index++) {
            slots.add(new Slot(siblings.get(index), index, positions));
        }
        Positions.move(slots, slots.get(siblings.indexOf(activity)), direction);
        return planAddress(address, activity.getPlan());
    }

    /**
     * An activity at its place among the activities of its group. Positions are numbered across the whole plan (the
     * order in which a next year's plan takes them over), so a move exchanges the group's own position numbers
     * between the two activities instead of numbering the group afresh from 0.
     */
    private record Slot(Activity activity, int index, List<Integer> positions) implements Positioned {

        @Override
        public int getPosition() {
            return index;
        }

        @Override
        public void moveTo(int newIndex) {
            activity.moveTo(positions.get(newIndex));
        }
    }

    /** Removes an activity from a concept plan; returns the plan's address to go back to. */
    @Transactional
    public PlanAddress delete(ActivityAddress address) {
        Activity activity = editable.requireForChange(address).activity();
        ExecutionPlan plan = activity.getPlan();
        activities.delete(activity);
        return planAddress(address, plan);
    }

    private PlanAddress planAddress(ActivityAddress address, ExecutionPlan plan) {
        String frameworkSlug =
                frameworks.findById(plan.getFrameworkId()).orElseThrow().getSlug();
        return new PlanAddress(address.municipality(), frameworkSlug, plan.getYear());
    }

    public record NewContext(String planTitle, ActivityOptions options) {}

    public record EditContext(ActivityForm form, ActivityOptions options) {}
}
