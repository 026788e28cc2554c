package nl.ivbplanner.activity;

import java.util.List;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.plan.ObjectiveOption;

/** What the activity form offers: the themes of the plan's framework and, per theme, the objectives it may answer to. */
public record ActivityOptions(List<ThemeOption> themes, List<ObjectiveOption.Group> objectives) {}
