package nl.ivbplanner.kpi;

import java.util.List;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.common.UniqueIndex;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.ObjectiveOption;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanRemoval;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The KPIs of a concept plan: listing, adding, editing, ordering and removing them. */
@Service
class KpiService {

    private static final UniqueIndex NAME_ONCE_PER_PLAN =
            new UniqueIndex("kpi_name_once_per_plan_idx", new FieldProblem("naam", "kpi.form.name.taken"));

    private static final long NO_KPI = -1;

    private final EditablePlans plans;
    private final KpiRepository kpis;
    private final MeasurementRepository measurements;
    private final ThemeRepository themes;
    private final KpiFiguresQueries figures;
    private final ObjectiveChoices objectives;

    KpiService(
            EditablePlans plans,
            KpiRepository kpis,
            MeasurementRepository measurements,
            ThemeRepository themes,
            KpiFiguresQueries figures,
            ObjectiveChoices objectives) {
        this.plans = plans;
        this.kpis = kpis;
        this.measurements = measurements;
        this.themes = themes;
        this.figures = figures;
        this.objectives = objectives;
    }

    @Transactional(readOnly = true)
    KpiList list(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new KpiList(plan.getTitle(), figures.ofPlan(plan.getId()));
    }

    /**
     * What the add or edit form needs: the plan, the framework's themes, the objectives of the plan and framework and,
     * when editing, the stored KPI.
     */
    @Transactional(readOnly = true)
    FormContext context(PlanAddress address, Long kpiId) {
        ExecutionPlan plan = plans.require(address);
        List<ThemeOption> options = themes.findOptions(plan.getFrameworkId());
        List<ObjectiveOption> goals = objectives(plan);
        if (kpiId == null) {
            return new FormContext(plan.getTitle(), options, goals, KpiForm.NEW, KeptTexts.NONE);
        }
        Kpi kpi = find(plan, kpiId);
        return new FormContext(plan.getTitle(), options, goals, KpiForm.of(kpi), KeptTexts.of(kpi));
    }

    /** Adds a KPI at the end of the plan's list; returns its id. */
    @Transactional
    long add(PlanAddress address, KpiForm form) {
        ExecutionPlan plan = plans.require(address);
        KpiDefinition definition = form.toDefinition(KeptTexts.NONE, themeIds(plan), objectives(plan));
        requireNewName(plan, definition, NO_KPI);
        return NAME_ONCE_PER_PLAN.guard(
                () -> kpis.saveAndFlush(Kpi.addTo(plan.getId(), kpis.nextPosition(plan.getId()), definition))
                        .getId());
    }

    @Transactional
    void save(PlanAddress address, long kpiId, KpiForm form) {
        ExecutionPlan plan = plans.require(address);
        Kpi kpi = find(plan, kpiId);
        kpi.requireVersion(form.version(), () -> KpiForm.of(kpi));
        KpiDefinition definition = form.toDefinition(KeptTexts.of(kpi), themeIds(plan), objectives(plan));
        requireNewName(plan, definition, kpiId);
        kpi.revise(definition);
        NAME_ONCE_PER_PLAN.guard(() -> {
            kpis.flush();
            return kpi;
        });
    }

    /**
     * A plan names each KPI once; two KPIs may share a name only when they count in different units, as one printed
     * sentence with two targets does ('20 individuele preventietrajecten en 20 voorlichtingslessen', Rijswijk 2026).
     */
    /** A deleted concept plan takes its KPIs and their measurements along, each deletion kept in the history. */
    @EventListener
    void remove(PlanRemoval removal) {
        measurements.deleteAll(measurements.findByPlanId(removal.planId()));
        kpis.deleteAll(kpis.findByPlanIdOrderByPositionAscIdAsc(removal.planId()));
    }

    private void requireNewName(ExecutionPlan plan, KpiDefinition definition, long exceptKpiId) {
        if (kpis.existsWithNameAndUnit(
                plan.getId(), definition.name(), definition.unitKind(), definition.unit(), exceptKpiId)) {
            throw new InvalidFormException(List.of(NAME_ONCE_PER_PLAN.problem()));
        }
    }

    /** Removes the KPI and its measurements one by one, so that the history keeps what they were. */
    @Transactional
    void delete(PlanAddress address, long kpiId) {
        Kpi kpi = find(plans.require(address), kpiId);
        measurements.deleteAll(measurements.findByKpi(kpi));
        kpis.delete(kpi);
    }

    @Transactional
    void move(PlanAddress address, long kpiId, Positions.Direction direction) {
        ExecutionPlan plan = plans.require(address);
        List<Kpi> all = kpis.findByPlanIdOrderByPositionAscIdAsc(plan.getId());
        Kpi kpi = all.stream().filter(k -> k.getId() == kpiId).findFirst().orElseThrow(NotFoundException::new);
        Positions.move(all, kpi, direction);
    }

    private Kpi find(ExecutionPlan plan, long kpiId) {
        return kpis.findByIdAndPlanId(kpiId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private List<Long> themeIds(ExecutionPlan plan) {
        return themes.findOptions(plan.getFrameworkId()).stream()
                .map(ThemeOption::id)
                .toList();
    }

    private List<ObjectiveOption> objectives(ExecutionPlan plan) {
        return objectives.forPlan(plan.getId(), plan.getFrameworkId());
    }

    record KpiList(String planTitle, List<KpiFigures> rows) {}

    /** The form's surroundings; {@code kept} are the printed texts the stored KPI may keep. */
    record FormContext(
            String planTitle,
            List<ThemeOption> themes,
            List<ObjectiveOption> objectiveOptions,
            KpiForm stored,
            KeptTexts kept) {

        List<Long> themeIds() {
            return themes.stream().map(ThemeOption::id).toList();
        }

        /** What in the form breaks the rules between fields or the choices of themes and objectives. */
        List<FieldProblem> problems(KpiForm form) {
            return form.problems(kept, themeIds(), objectiveOptions);
        }

        /** The objectives per theme, for the select. */
        public List<ObjectiveOption.Group> objectives() {
            return ObjectiveOption.byTheme(objectiveOptions);
        }

        /** The label of the objective a form names, to show a colleague's stored choice. */
        public String objectiveLabel(String objectiveId) {
            return objectiveOptions.stream()
                    .filter(o -> String.valueOf(o.id()).equals(objectiveId))
                    .map(ObjectiveOption::label)
                    .findFirst()
                    .orElse(null);
        }

        /** The label of the theme a form names, to show a colleague's stored choice. */
        public String themeLabel(String themeId) {
            return ThemeOption.labelOf(themes, themeId);
        }
    }
}
