package nl.ivbplanner.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.chart.LineChart;
import nl.ivbplanner.dashboard.DashboardQueries.Framework;
import nl.ivbplanner.dashboard.DashboardQueries.Plan;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.evaluation.VerdictsPerYear;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a framework's plans stand: verdicts per theme and per year, KPI progress, money and people, attention points. */
@Service
class DashboardService {

    private final DashboardQueries queries;
    private final LegendQueries legends;
    private final VerdictsPerYear verdictsPerYear;
    private final KpiFiguresQueries figures;
    private final FormationQueries formation;
    private final MunicipalityAccess access;

    private final Clock clock;

    DashboardService(
            DashboardQueries queries,
            LegendQueries legends,
            VerdictsPerYear verdictsPerYear,
            KpiFiguresQueries figures,
            FormationQueries formation,
            MunicipalityAccess access,
            Clock clock) {
        this.queries = queries;
        this.legends = legends;
        this.verdictsPerYear = verdictsPerYear;
        this.figures = figures;
        this.formation = formation;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The dashboard of the chosen plan year; without a choice, of the newest adopted or evaluated plan (where there
     * is something to stand on), or else the newest concept.
     */
    @Transactional(readOnly = true)
    Dashboard dashboard(String municipalitySlug, String frameworkSlug, Integer year) {
        Framework framework = queries.framework(municipalitySlug, frameworkSlug).orElseThrow(NotFoundException::new);
        // a concept framework is its staff's, as a concept plan is
        access.require(framework.concept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, framework.municipalityId());
        boolean staff = access.may(Permission.VIEW_CONCEPTS, framework.municipalityId());
        List<Plan> plans = queries.plans(framework.frameworkId(), staff);
        Plan plan = year == null
                ? plans.stream()
                        .filter(p -> !p.state().isConcept())
                        .findFirst()
                        .orElse(plans.stream().findFirst().orElse(null))
                : plans.stream().filter(p -> p.year() == year).findFirst().orElseThrow(NotFoundException::new);
        Map<String, LegendEntry> legend = legends.of(framework.municipalityId());
        List<VerdictsPerYear.Year> years = verdictsPerYear.of(framework.frameworkId(), staff, null);
        List<DashboardQueries.Attention> attention =
                queries.attention(framework.frameworkId(), staff, LocalDate.now(clock));
        List<DashboardQueries.BudgetPerYear> budgetPerYear = queries.budgetPerYear(framework.frameworkId(), staff);
        if (plan == null) {
            return new Dashboard(
                    framework,
                    plans,
                    null,
                    legend,
                    List.of(),
                    years,
                    List.of(),
                    List.of(),
                    budgetPerYear,
                    List.of(),
                    attention);
        }
        return new Dashboard(
                framework,
                plans,
                plan,
                legend,
                queries.verdictsPerTheme(plan.id()),
                years,
                kpis(plan.id()),
                queries.budgetPerTheme(plan.id()),
                budgetPerYear,
                formation.ofPlan(plan.id()),
                attention);
    }

    private List<KpiProgress> kpis(long planId) {
        return figures.ofPlan(planId).stream()
                .map(kpi -> new KpiProgress(kpi, KpiCharts.of(kpi)))
                .toList();
    }

    /** A KPI's figures with its chart; milestones and KPIs without numbers have no chart. */
    record KpiProgress(KpiFigures kpi, LineChart chart) {}
}
