package nl.ivbplanner.objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.common.Positions.Direction;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanRemoval;
import nl.ivbplanner.web.ListEditor;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objectives of a concept plan ('Wat willen we bereiken?'), each under one of its framework's themes: list,
 * add, edit, delete and reorder within the theme. The framework's own objectives are the council's and stay
 * read-only here. Every use case starts at {@link EditablePlans}.
 */
@Service
class ObjectiveService implements ListEditor<PlanAddress, ObjectiveForm> {

    private final EditablePlans plans;
    private final PlanObjectiveRepository objectives;
    private final ThemeRepository themes;
    private final ObjectiveQueries queries;

    ObjectiveService(
            EditablePlans plans, PlanObjectiveRepository objectives, ThemeRepository themes, ObjectiveQueries queries) {
        this.plans = plans;
        this.objectives = objectives;
        this.themes = themes;
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public ObjectivesPage page(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        List<ObjectiveRow> rows = queries.objectives(plan.getId(), plan.getFrameworkId());
        return new ObjectivesPage(plan.getTitle(), byTheme(rows, true), byTheme(rows, false));
    }

    @Override
    @Transactional(readOnly = true)
    public FormChoices choices(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new FormChoices(plan.getTitle(), themes.findOptions(plan.getFrameworkId()));
    }

    @Override
    public ObjectiveForm emptyForm(Long parentId) {
        return ObjectiveForm.empty();
    }

    /** Adds a goal at the end of its theme's goals in this plan; returns its id. */
    @Override
    @Transactional
    public long add(PlanAddress address, ObjectiveForm form) {
        ExecutionPlan plan = plans.require(address);
        requireFrameworkTheme(plan, form.themeId());
        Objective objective = Objective.forPlan(
                plan.getId(),
                themes.getReferenceById(form.themeId()),
                objectives.nextPosition(plan.getId(), form.themeId()),
                form.numberOrNull(),
                form.strippedText());
        return objectives.save(objective).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public ObjectiveForm form(PlanAddress address, long objectiveId) {
        return ObjectiveForm.of(objective(plans.require(address), objectiveId));
    }

    /** A goal moved to another theme goes to the end of that theme's goals. */
    @Override
    @Transactional
    public void save(PlanAddress address, long objectiveId, ObjectiveForm form) {
        ExecutionPlan plan = plans.require(address);
        Objective objective = objective(plan, objectiveId);
        objective.requireVersion(form.version(), () -> ObjectiveForm.of(objective));
        requireFrameworkTheme(plan, form.themeId());
        boolean otherTheme = objective.getTheme().getId() != form.themeId();
        if (otherTheme) {
            objective.moveTo(objectives.nextPosition(plan.getId(), form.themeId()));
        }
        objective.revise(
                otherTheme ? themes.getReferenceById(form.themeId()) : objective.getTheme(),
                form.numberOrNull(),
                form.strippedText());
    }

    /** The goal and how many activities and KPIs point at it, for the confirmation page. */
    @Override
    @Transactional(readOnly = true)
    public DeletePage deletePage(PlanAddress address, long objectiveId) {
        Objective objective = objective(plans.require(address), objectiveId);
        return new DeletePage(ObjectiveForm.of(objective), queries.links(objectiveId));
    }

    /** Activities and KPIs that pointed at the goal keep existing without one (the foreign key sets null). */
    @Override
    @Transactional
    public void delete(PlanAddress address, long objectiveId) {
        objectives.delete(objective(plans.require(address), objectiveId));
    }

    /** Goals are ordered within their theme. */
    @Override
    @Transactional
    public void move(PlanAddress address, long objectiveId, Direction direction) {
        ExecutionPlan plan = plans.require(address);
        Objective objective = objective(plan, objectiveId);
        Positions.move(
                objectives.findByPlanIdAndThemeIdOrderByPositionAscIdAsc(
                        plan.getId(), objective.getTheme().getId()),
                objective,
                direction);
    }

    /** A deleted concept plan takes its own goals along (the framework's goals stay), each deletion kept in the history. */
    @EventListener
    void remove(PlanRemoval removal) {
        objectives.deleteAll(objectives.findByPlanId(removal.planId()));
    }

    private Objective objective(ExecutionPlan plan, long objectiveId) {
        return objectives.findByIdAndPlanId(objectiveId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private void requireFrameworkTheme(ExecutionPlan plan, long themeId) {
        if (!themes.existsByIdAndFrameworkId(themeId, plan.getFrameworkId())) {
            throw new InvalidFormException("thema", "objective.form.theme.required");
        }
    }

    private static List<ThemeGroup> byTheme(List<ObjectiveRow> rows, boolean ofPlan) {
        Map<Long, List<ObjectiveRow>> groups = new LinkedHashMap<>();
        rows.stream()
                .filter(row -> row.ofPlan() == ofPlan)
                .forEach(row -> groups.computeIfAbsent(row.themeId(), id -> new ArrayList<>())
                        .add(row));
        return groups.values().stream()
                .map(group -> new ThemeGroup(group.get(0).themeLabel(), group))
                .toList();
    }

    record ObjectivesPage(String planTitle, List<ThemeGroup> planGoals, List<ThemeGroup> frameworkGoals) {}

    record ThemeGroup(String theme, List<ObjectiveRow> objectives) {}

    record FormChoices(String planTitle, List<ThemeOption> themes) {

        /** The label of a chosen theme, to show a colleague's stored choice; null when none. */
        public String themeLabel(String themeId) {
            return ThemeOption.labelOf(themes, themeId);
        }
    }

    record DeletePage(ObjectiveForm objective, ObjectiveQueries.Links links) {}
}
