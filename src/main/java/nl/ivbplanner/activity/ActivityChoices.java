package nl.ivbplanner.activity;

import java.util.List;
import nl.ivbplanner.activity.web.ActivityForm;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.ObjectiveOption;
import org.springframework.stereotype.Component;

/**
 * Where an activity of a plan may stand: under a theme of the plan's framework, and optionally under an objective
 * ('Wat willen we bereiken?') of the plan or its framework that belongs to that theme.
 */
@Component
class ActivityChoices {

    private final ThemeRepository themes;
    private final ObjectiveChoices objectives;

    ActivityChoices(ThemeRepository themes, ObjectiveChoices objectives) {
        this.themes = themes;
        this.objectives = objectives;
    }

    /** The themes and the objectives (per theme) for the activity form. */
    ActivityOptions options(ExecutionPlan plan) {
        return new ActivityOptions(
                themes.findOptions(plan.getFrameworkId()),
                ObjectiveOption.byTheme(objectives.forPlan(plan.getId(), plan.getFrameworkId())));
    }

    /** Refuses, next to its field, a theme of another framework or an objective that does not fit the theme. */
    void requireFitting(ActivityForm form, ExecutionPlan plan) {
        if (!themes.existsByIdAndFrameworkId(form.themeId(), plan.getFrameworkId())) {
            throw new InvalidFormException("thema", "activity.form.theme.required");
        }
        List<ObjectiveOption> offered = objectives.forPlan(plan.getId(), plan.getFrameworkId());
        if (form.objectiveId() != null) {
            ObjectiveChoices.problem(offered, form.objectiveId(), form.themeId())
                    .ifPresent(key -> {
                        throw new InvalidFormException("doelstelling", key);
                    });
        }
    }
}
