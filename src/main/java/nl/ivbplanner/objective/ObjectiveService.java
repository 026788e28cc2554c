package nl.ivbplanner.objective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.framework.Objective;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objectives of a concept plan ('Wat willen we bereiken?'), each under one of its framework's themes: list,
 * add, edit, delete and reorder within the theme. The framework's own objectives are the council's and stay
 * read-only here. Every use case starts at {@link EditablePlans}.
 */
@Service
class ObjectiveService {

    private final EditablePlans plans;
    private final PlanObjectiveRepository objectives;
    private final ThemeRepository themes;
    private final ObjectiveQueries queries;

    ObjectiveService(EditablePlans plans, PlanObjectiveRepository objectives, ThemeRepository themes,
            ObjectiveQueries queries) {
        this.plans = plans;
        this.objectives = objectives;
        this.themes = themes;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    ObjectivesPage page(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        List<ObjectiveRow> rows = queries.objectives(plan.getId(), plan.getFrameworkId());
        return new ObjectivesPage(plan.getTitle(), byTheme(rows, true), byTheme(rows, false));
    }

    @Transactional(readOnly = true)
    FormChoices choices(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        return new FormChoices(plan.getTitle(), themes.findOptions(plan.getFrameworkId()));
    }

    /** Adds a goal at the end of its theme's goals in this plan; returns its id. */
    @Transactional
    long add(String municipalitySlug, String frameworkSlug, int year, ObjectiveForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        requireFrameworkTheme(plan, form.themeId());
        Objective objective = Objective.forPlan(plan.getId(), themes.getReferenceById(form.themeId()),
                objectives.nextPosition(plan.getId(), form.themeId()), form.numberOrNull(), form.strippedText());
        return objectives.save(objective).getId();
    }

    @Transactional(readOnly = true)
    ObjectiveForm form(String municipalitySlug, String frameworkSlug, int year, long objectiveId) {
        return ObjectiveForm.of(objective(plans.require(municipalitySlug, frameworkSlug, year), objectiveId));
    }

    /** A goal moved to another theme goes to the end of that theme's goals. */
    @Transactional
    void save(String municipalitySlug, String frameworkSlug, int year, long objectiveId, ObjectiveForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        Objective objective = objective(plan, objectiveId);
        if (form.version() == null || objective.getVersion() != form.version()) {
            throw new StaleObjectiveException(ObjectiveForm.of(objective));
        }
        requireFrameworkTheme(plan, form.themeId());
        boolean otherTheme = objective.getTheme().getId() != form.themeId();
        if (otherTheme) {
            objective.placeAt(objectives.nextPosition(plan.getId(), form.themeId()));
        }
        objective.revise(otherTheme ? themes.getReferenceById(form.themeId()) : objective.getTheme(),
                form.numberOrNull(), form.strippedText());
    }

    /** The goal and how many activities and KPIs point at it, for the confirmation page. */
    @Transactional(readOnly = true)
    DeletePage deletePage(String municipalitySlug, String frameworkSlug, int year, long objectiveId) {
        Objective objective = objective(plans.require(municipalitySlug, frameworkSlug, year), objectiveId);
        return new DeletePage(ObjectiveForm.of(objective), queries.links(objectiveId));
    }

    /** Activities and KPIs that pointed at the goal keep existing without one (the foreign key sets null). */
    @Transactional
    void delete(String municipalitySlug, String frameworkSlug, int year, long objectiveId) {
        objectives.delete(objective(plans.require(municipalitySlug, frameworkSlug, year), objectiveId));
    }

    /** Swaps a goal with its neighbour within its theme: above (step -1) or below (step +1). */
    @Transactional
    void move(String municipalitySlug, String frameworkSlug, int year, long objectiveId, int step) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        Objective objective = objective(plan, objectiveId);
        List<Objective> siblings = new ArrayList<>(
                objectives.findByPlanIdAndThemeIdOrderByPositionAscIdAsc(plan.getId(), objective.getTheme().getId()));
        int index = siblings.indexOf(objective);
        int neighbour = index + step;
        if (neighbour >= 0 && neighbour < siblings.size()) {
            Collections.swap(siblings, index, neighbour);
            for (int i = 0; i < siblings.size(); i++) {
                siblings.get(i).placeAt(i);
            }
        }
    }

    private Objective objective(ExecutionPlan plan, long objectiveId) {
        return objectives.findByIdAndPlanId(objectiveId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private void requireFrameworkTheme(ExecutionPlan plan, long themeId) {
        if (!themes.existsByIdAndFrameworkId(themeId, plan.getFrameworkId())) {
            throw new UnknownThemeException();
        }
    }

    private static List<ThemeGroup> byTheme(List<ObjectiveRow> rows, boolean ofPlan) {
        Map<Long, List<ObjectiveRow>> groups = new LinkedHashMap<>();
        rows.stream().filter(row -> row.ofPlan() == ofPlan)
                .forEach(row -> groups.computeIfAbsent(row.themeId(), id -> new ArrayList<>()).add(row));
        return groups.values().stream().map(group -> new ThemeGroup(group.get(0).themeLabel(), group)).toList();
    }

    record ObjectivesPage(String planTitle, List<ThemeGroup> planGoals, List<ThemeGroup> frameworkGoals) {
    }

    record ThemeGroup(String theme, List<ObjectiveRow> objectives) {
    }

    record FormChoices(String planTitle, List<ThemeOption> themes) {

        /** The label of a chosen theme, to show a colleague's stored choice; null when none. */
        public String themeLabel(String themeId) {
            return themes.stream().filter(t -> String.valueOf(t.id()).equals(themeId)).map(ThemeOption::label)
                    .findFirst().orElse(null);
        }
    }

    record DeletePage(ObjectiveForm objective, ObjectiveQueries.Links links) {
    }
}
