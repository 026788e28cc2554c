package nl.ivbplanner.activity;

import nl.ivbplanner.activity.web.ActivityForm;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding an activity to a concept plan, under one of its framework's themes. */
@Service
public class ActivityCreationService {

    private final EditablePlans plans;
    private final ActivityRepository activities;
    private final ActivityChoices choices;

    ActivityCreationService(EditablePlans plans, ActivityRepository activities, ActivityChoices choices) {
        this.plans = plans;
        this.activities = activities;
        this.choices = choices;
    }

    /** The plan's title, its framework's themes and the objectives of the plan and framework, for the form. */
    @Transactional(readOnly = true)
    public FormContext context(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new FormContext(plan.getTitle(), choices.options(plan));
    }

    /** Returns the new activity's id. */
    @Transactional
    public long add(PlanAddress address, ActivityForm form) {
        ExecutionPlan plan = plans.require(address);
        choices.requireFitting(form, plan);
        return activities.save(Activity.addTo(plan, form.themeId(), form.objectiveId(),
                activities.nextPosition(plan.getId()), form.toText())).getId();
    }

    public record FormContext(String planTitle, ActivityOptions options) {
    }
}
