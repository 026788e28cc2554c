package nl.ivbplanner.evaluation;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.chart.Fill;
import nl.ivbplanner.chart.StackedBarChart;
import nl.ivbplanner.chart.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The year-end verdicts of a framework's plans, year by year, as the dashboard and the progress report count and
 * chart them: one statement, and one chart stacked green, yellow, red and not yet judged in the municipality's words.
 */
@Repository
public class VerdictsPerYear {

    /** The verdicts in the order they are stacked and tabled. */
    public static final List<String> STATUSES = List.of("GREEN", "YELLOW", "RED", "NOT_EVALUATED");

    private final JdbcClient jdbc;

    VerdictsPerYear(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One plan year: how many of its activities got each year-end verdict ({@code open}: none yet). */
    public record Year(int year, int green, int yellow, int red, int open) {

        public List<Integer> counts() {
            return List.of(green, yellow, red, open);
        }

        public int total() {
            return green + yellow + red + open;
        }
    }

    /**
     * Per plan of the framework, concepts only for its staff ({@code includeConcepts}), up to and including a year
     * (null: all), so that a year's progress report reads the same once later plans exist.
     */
    public List<Year> of(long frameworkId, boolean includeConcepts, Integer upToYear) {
        return jdbc.sql("""
                        select p.year,
                               count(a.id) filter (where e.status = 'GREEN') as green,
                               count(a.id) filter (where e.status = 'YELLOW') as yellow,
                               count(a.id) filter (where e.status = 'RED') as red,
                               count(a.id) filter (where a.id is not null
                                                   and (e.status is null or e.status = 'NOT_EVALUATED')) as open
                        from execution_plan p left join activity a on a.plan_id = p.id
                        left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                        where p.framework_id = :framework and (:concepts or p.state <> 'CONCEPT')
                          and (cast(:upTo as integer) is null or p.year <= :upTo)
                        group by p.year order by p.year""")
                .param("framework", frameworkId)
                .param("concepts", includeConcepts)
                .param("upTo", upToYear)
                .query(Year.class)
                .list();
    }

    /** The chart's keys: each verdict's fill (a pattern, not colour alone) and the municipality's label for it. */
    public static List<StackedBarChart.Key> keys(Map<String, LegendEntry> legend) {
        return STATUSES.stream()
                .map(status ->
                        new StackedBarChart.Key(Text.of(legend.get(status).label()), Fill.ofStatus(status)))
                .toList();
    }

    /** A bar per year, stacked by verdict. */
    public static StackedBarChart chart(List<Year> years, Map<String, LegendEntry> legend) {
        return StackedBarChart.of(
                Text.key("chart.activities"),
                keys(legend),
                years.stream()
                        .map(y -> new StackedBarChart.Stack(String.valueOf(y.year()), y.counts()))
                        .toList());
    }
}
