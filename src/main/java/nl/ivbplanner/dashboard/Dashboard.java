package nl.ivbplanner.dashboard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.ivbplanner.dashboard.DashboardQueries.Attention;
import nl.ivbplanner.dashboard.DashboardQueries.BudgetPerTheme;
import nl.ivbplanner.dashboard.DashboardQueries.Framework;
import nl.ivbplanner.dashboard.DashboardQueries.Plan;
import nl.ivbplanner.dashboard.DashboardQueries.ThemeCount;
import nl.ivbplanner.dashboard.DashboardQueries.YearCount;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.formation.CapacityOrganisation;
import nl.ivbplanner.formation.FormationTable;

/** Everything the dashboard shows for one framework and plan year; the bars are computed here, drawn by the template. */
record Dashboard(
        Framework framework,
        List<Plan> plans,
        Plan plan,
        Map<String, LegendEntry> legend,
        List<ThemeCount> themes,
        List<YearCount> years,
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

    /** Each year's bar as 100%: the share of each verdict. */
    public StackedBar yearBar(YearCount year) {
        return StackedBar.of(year.green(), year.yellow(), year.red(), year.open(), year.total());
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

    /** A theme's budget bar, scaled to the largest theme budget. */
    public double budgetBar(BudgetPerTheme line) {
        long largest = budget.stream()
                .mapToLong(b -> b.cents() == null ? 0 : b.cents())
                .max()
                .orElse(0);
        return largest == 0 || line.cents() == null
                ? 0
                : Math.round(10.0 * StackedBar.WIDTH * line.cents() / largest) / 10.0;
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
