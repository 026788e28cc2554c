package nl.ivbplanner.dashboard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.ivbplanner.chart.BarChart;
import nl.ivbplanner.chart.StackedBarChart;
import nl.ivbplanner.chart.Text;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.dashboard.DashboardQueries.Attention;
import nl.ivbplanner.dashboard.DashboardQueries.BudgetPerTheme;
import nl.ivbplanner.dashboard.DashboardQueries.Framework;
import nl.ivbplanner.dashboard.DashboardQueries.Plan;
import nl.ivbplanner.dashboard.DashboardQueries.ThemeCount;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.VerdictsPerYear;
import nl.ivbplanner.formation.CapacityOrganisation;
import nl.ivbplanner.formation.FormationTable;

/** Everything the dashboard shows for one framework and plan year; the charts are computed here, drawn by the template. */
record Dashboard(
        Framework framework,
        List<Plan> plans,
        Plan plan,
        Map<String, LegendEntry> legend,
        List<ThemeCount> themes,
        List<VerdictsPerYear.Year> years,
        List<DashboardService.KpiProgress> kpis,
        List<BudgetPerTheme> budget,
        List<DashboardQueries.BudgetPerYear> budgetPerYear,
        List<FormationTable> staffing,
        List<Attention> attention) {

    public int barWidth() {
        return StackedBar.WIDTH;
    }

    /** Each theme's bar, scaled to the theme with the most activities so lengths compare. */
    public StackedBar themeBar(ThemeCount theme) {
        int largest = themes.stream().mapToInt(ThemeCount::total).max().orElse(0);
        return StackedBar.of(theme.green(), theme.yellow(), theme.red(), theme.open(), largest);
    }

    /** The verdicts of each plan year as stacked bars, keyed and named as the municipality's legend has them. */
    public StackedBarChart trendChart() {
        return VerdictsPerYear.chart(years, legend);
    }

    public static int percent(int part, int total) {
        return total == 0 ? 0 : Math.round(100f * part / total);
    }

    public ThemeCount themeTotals() {
        return new ThemeCount(
                0,
                null,
                sum(ThemeCount::green),
                sum(ThemeCount::yellow),
                sum(ThemeCount::red),
                sum(ThemeCount::open),
                sum(ThemeCount::interimGreen),
                sum(ThemeCount::interimYellow),
                sum(ThemeCount::interimRed),
                sum(ThemeCount::interimOpen),
                null);
    }

    /** The themes with activities that have an interim status, for their own table: never mixed into the verdicts. */
    public List<ThemeCount> interimThemes() {
        return themes.stream().filter(t -> t.interimTotal() > 0).toList();
    }

    private int sum(ToIntFunction<ThemeCount> count) {
        return themes.stream().mapToInt(count).sum();
    }

    public long budgetTotalCents() {
        return budget.stream().mapToLong(b -> b.cents() == null ? 0 : b.cents()).sum();
    }

    /** The plan's budget per theme as bars; lines without a theme together, lines without an amount as '–'. */
    public BarChart budgetChart() {
        return BarChart.of(
                budget.stream()
                        .map(b -> new BarChart.Bar(
                                b.theme() == null ? Text.key("dashboard.budget.no-theme") : Text.of(b.theme()),
                                euros(b.cents())))
                        .toList(),
                Dashboard::eurosAsPrinted,
                "–");
    }

    /** The framework's budget per plan year as bars. */
    public BarChart budgetPerYearChart() {
        return BarChart.of(
                budgetPerYear.stream()
                        .map(b -> new BarChart.Bar(Text.of(String.valueOf(b.year())), euros(b.cents())))
                        .toList(),
                Dashboard::eurosAsPrinted,
                "–");
    }

    private static BigDecimal euros(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }

    private static String eurosAsPrinted(BigDecimal euros) {
        return DutchNumbers.formatEurosAsPrinted(euros.movePointRight(2).longValueExact());
    }

    /** The fte of all formation tables per organisation: the municipality's and the police's never added up. */
    public List<FormationTable.Total> fteTotals() {
        Map<CapacityOrganisation, List<FormationTable.Total>> byOrganisation = staffing.stream()
                .flatMap(table -> table.byOrganisation().stream())
                .collect(Collectors.groupingBy(
                        FormationTable.Total::organisation,
                        () -> new EnumMap<>(CapacityOrganisation.class),
                        Collectors.toList()));
        return byOrganisation.entrySet().stream()
                .map(e -> new FormationTable.Total(
                        e.getKey(),
                        sum(e.getValue(), FormationTable.Total::existing),
                        sum(e.getValue(), FormationTable.Total::added)))
                .toList();
    }

    private static BigDecimal sum(List<FormationTable.Total> totals, Function<FormationTable.Total, BigDecimal> fte) {
        return totals.stream().map(fte).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
