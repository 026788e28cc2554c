package nl.ivbplanner.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.plan.PlanState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregate read models of the dashboard: PostgreSQL groups and counts, one statement per block. */
@Repository
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Framework> framework(String municipalitySlug, String frameworkSlug) {
        return jdbc.sql("""
                select m.id as municipality_id, m.slug as municipality_slug, m.name as municipality_name,
                       f.id as framework_id, f.slug as framework_slug, f.title, f.state = 'CONCEPT' as concept
                from policy_framework f join municipality m on m.id = f.municipality_id
                where m.slug = ? and f.slug = ?""")
                .params(municipalitySlug, frameworkSlug)
                .query(Framework.class)
                .optional();
    }

    /** The framework's plans the user may see, newest first. */
    List<Plan> plans(long frameworkId, boolean includeConcepts) {
        return jdbc.sql("""
                select id, year, title, state, adopted_on from execution_plan
                where framework_id = ? and (? or state <> 'CONCEPT') order by year desc""")
                .params(frameworkId, includeConcepts)
                .query(Plan.class)
                .list();
    }

    /**
     * Per main theme of the plan, in tree order: how many activities have each year-end verdict (none counts as not
     * evaluated), and apart from those, how many have each interim status and when the last one was given. An interim
     * status never counts as a verdict.
     */
    List<ThemeCount> verdictsPerTheme(long planId) {
        return jdbc.sql("""
                select main.id as theme_id, main.name as theme,
                       count(*) filter (where e.status = 'GREEN') as green,
                       count(*) filter (where e.status = 'YELLOW') as yellow,
                       count(*) filter (where e.status = 'RED') as red,
                       count(*) filter (where e.status is null or e.status = 'NOT_EVALUATED') as open,
                       count(*) filter (where i.status = 'GREEN') as interim_green,
                       count(*) filter (where i.status = 'YELLOW') as interim_yellow,
                       count(*) filter (where i.status = 'RED') as interim_red,
                       count(*) filter (where i.status = 'NOT_EVALUATED') as interim_open,
                       max(i.evaluated_at) as interim_latest
                from activity a join theme_tree tree on tree.id = a.theme_id
                join theme main on main.id = tree.main_theme_id join theme_tree main_tree on main_tree.id = main.id
                left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                left join evaluation i on i.activity_id = a.id and i.moment = 'INTERIM'
                where a.plan_id = ?
                group by main.id, main.name, main_tree.sort_key
                order by main_tree.sort_key""").param(planId).query(ThemeCount.class).list();
    }

    /** The plan's budget per main theme (lines without a theme together), with amounts in cents. */
    List<BudgetPerTheme> budgetPerTheme(long planId) {
        return jdbc.sql("""
                select main.name as theme, sum(l.amount_cents) as cents, count(l.id) as lines
                from budget_line l join budget_table b on b.id = l.budget_table_id
                left join theme_tree tree on tree.id = l.theme_id
                left join theme main on main.id = tree.main_theme_id
                left join theme_tree main_tree on main_tree.id = main.id
                where b.plan_id = ?
                group by main.id, main.name, main_tree.sort_key
                order by main_tree.sort_key nulls last""").param(planId).query(BudgetPerTheme.class).list();
    }

    /** The framework's budget per plan year, for comparing years; plans without a budget are left out. */
    List<BudgetPerYear> budgetPerYear(long frameworkId, boolean includeConcepts) {
        return jdbc.sql("""
                select p.year, sum(l.amount_cents) as cents
                from budget_line l join budget_table b on b.id = l.budget_table_id join execution_plan p on p.id = b.plan_id
                where p.framework_id = ? and (? or p.state <> 'CONCEPT')
                group by p.year order by p.year""")
                .params(frameworkId, includeConcepts)
                .query(BudgetPerYear.class)
                .list();
    }

    /**
     * What needs attention in the framework's visible plans: activities of a plan whose year has ended (or whose
     * deadline passed) without a year-end verdict; concepts not adopted by 1 March of their year; KPIs of adopted or
     * evaluated plans without a measurement for over a year.
     */
    List<Attention> attention(long frameworkId, boolean includeConcepts, LocalDate today) {
        return jdbc.sql("""
                select 'ACTIVITY_WITHOUT_VERDICT' as kind, p.year, a.id, a.title as subject
                from activity a join execution_plan p on p.id = a.plan_id
                where p.framework_id = :framework and p.state <> 'CONCEPT'
                  and coalesce(a.deadline, make_date(p.year, 12, 31)) < :today
                  and not exists (select 1 from evaluation e where e.activity_id = a.id and e.moment = 'YEAR_END'
                                  and e.status <> 'NOT_EVALUATED')
                union all
                select 'CONCEPT_NOT_ADOPTED', p.year, p.id, p.title
                from execution_plan p
                where p.framework_id = :framework and :concepts and p.state = 'CONCEPT' and make_date(p.year, 3, 1) < :today
                union all
                select 'KPI_WITHOUT_MEASUREMENT', p.year, k.id, k.name
                from kpi k join execution_plan p on p.id = k.plan_id
                where p.framework_id = :framework and p.state <> 'CONCEPT'
                  and coalesce((select max(coalesce(m.peildatum, make_date(m.year, 12, 31), make_date(p.year, 1, 1)))
                                from measurement m where m.kpi_id = k.id), make_date(p.year, 1, 1)) < :today - interval '1 year'
                order by 1, 2 desc, 3""")
                .param("framework", frameworkId)
                .param("concepts", includeConcepts)
                .param("today", today)
                .query(Attention.class)
                .list();
    }

    record Framework(
            long municipalityId,
            String municipalitySlug,
            String municipalityName,
            long frameworkId,
            String frameworkSlug,
            String title,
            boolean concept) {}

    record Plan(long id, int year, String title, PlanState state, LocalDate adoptedOn) {}

    record ThemeCount(
            long themeId,
            String theme,
            int green,
            int yellow,
            int red,
            int open,
            int interimGreen,
            int interimYellow,
            int interimRed,
            int interimOpen,
            OffsetDateTime interimLatest) {

        ThemeCount {
            interimLatest = DutchTime.of(interimLatest);
        }

        public int total() {
            return green + yellow + red + open;
        }

        /** How many activities of the theme have an interim status; they are counted apart from the verdicts. */
        public int interimTotal() {
            return interimGreen + interimYellow + interimRed + interimOpen;
        }
    }

    record BudgetPerTheme(String theme, Long cents, int lines) {}

    record BudgetPerYear(int year, Long cents) {}

    record Attention(String kind, int year, long id, String subject) {}
}
