package nl.ivbplanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.ivbplanner.chart.LineChart;
import nl.ivbplanner.kpi.KpiUnit;
import org.junit.jupiter.api.Test;

/**
 * Values of different units never share a chart: a yearly count joins the indicator's chart only where it converts
 * (inhabitants of its year entered), and a municipality with two linked KPIs gets a line per KPI.
 */
class IndicatorComparisonTest {

    @Test
    void aCountJoinsTheIndicatorsChartOnlyForTheYearsItConverts() {
        IndicatorComparison comparison = new IndicatorComparison(
                "woninginbraken",
                "Woninginbraken per 1.000 inwoners",
                "Politie",
                KpiUnit.PER_1000_INHABITANTS,
                List.of(
                        count("Leidschendam-Voorburg", 2017, "274", null),
                        count("Leidschendam-Voorburg", 2018, "181", 75_000),
                        perThousand("Westland", "woninginbraken", 2017, "3.8")));

        List<IndicatorComparison.UnitGroup> groups = comparison.groups();

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).indicatorUnit()).isTrue();
        assertThat(groups.get(0).series())
                .extracting(IndicatorComparison.Series::name)
                .containsExactly("Leidschendam-Voorburg", "Westland");
        assertThat(groups.get(0).series().get(0).points())
                .containsExactly(new IndicatorComparison.Point(2018, new BigDecimal("2.41")));
        assertThat(groups.get(1).indicatorUnit()).isFalse();
        assertThat(groups.get(1).unitKind()).isEqualTo(KpiUnit.COUNT);
        assertThat(groups.get(1).series().get(0).points())
                .containsExactly(new IndicatorComparison.Point(2017, new BigDecimal("274")));
        assertThat(comparison.anyConverted()).isTrue();

        LineChart chart = groups.get(0).chart();
        assertThat(chart.periods()).extracting(l -> l.text()).containsExactly("2017", "2018");
        assertThat(chart.lines()).hasSize(2);
    }

    @Test
    void aCountOfPartOfAYearIsNeitherConvertedNorDrawnAsTheYears() {
        IndicatorValue firstHalf = new IndicatorValue(
                1L,
                "lv",
                "Leidschendam-Voorburg",
                "Aantal woninginbraken",
                "Kader",
                null,
                2018,
                "Eerste helft 2018",
                false,
                new BigDecimal("90"),
                null,
                KpiUnit.COUNT,
                "woninginbraken",
                null,
                null,
                75_000,
                null);
        IndicatorComparison comparison = new IndicatorComparison(
                "woninginbraken",
                "Woninginbraken per 1.000 inwoners",
                "Politie",
                KpiUnit.PER_1000_INHABITANTS,
                List.of(firstHalf));

        assertThat(firstHalf.perThousandInhabitants()).isNull();
        assertThat(firstHalf.notConvertedReason(KpiUnit.PER_1000_INHABITANTS))
                .isEqualTo("region.indicators.not-converted.part-of-year");
        assertThat(comparison.groups()).isEmpty();
    }

    @Test
    void aMunicipalityWithTwoLinkedKpisGetsALinePerKpiAndAValueWithoutAYearNoPoint() {
        IndicatorComparison comparison = new IndicatorComparison(
                "overlast-jongeren",
                "% inwoners dat vaak overlast van jongeren ervaart",
                "Veiligheidsmonitor",
                KpiUnit.PERCENTAGE,
                List.of(
                        percentage("Westland", "overlast jongeren (kader)", 2017, "3.6"),
                        percentage("Westland", "overlast jongeren (plan)", 2019, "3.1"),
                        percentage("Westland", "overlast jongeren (plan)", null, "3.0")));

        assertThat(comparison.groups())
                .singleElement()
                .satisfies(group -> assertThat(group.series())
                        .extracting(IndicatorComparison.Series::name)
                        .containsExactly("Westland: overlast jongeren (kader)", "Westland: overlast jongeren (plan)"));
        assertThat(comparison.anyConverted()).isFalse();
    }

    private static IndicatorValue count(String municipality, int year, String value, Integer inhabitants) {
        return value(
                municipality,
                "Aantal woninginbraken",
                year,
                value,
                KpiUnit.COUNT,
                "woninginbraken per jaar",
                inhabitants);
    }

    private static IndicatorValue perThousand(String municipality, String kpi, int year, String value) {
        return value(municipality, kpi, year, value, KpiUnit.PER_1000_INHABITANTS, null, null);
    }

    private static IndicatorValue percentage(String municipality, String kpi, Integer year, String value) {
        return value(municipality, kpi, year, value, KpiUnit.PERCENTAGE, null, null);
    }

    private static IndicatorValue value(
            String municipality,
            String kpi,
            Integer year,
            String value,
            KpiUnit unit,
            String unitText,
            Integer inhabitants) {
        return new IndicatorValue(
                1L,
                municipality.toLowerCase(),
                municipality,
                kpi,
                "Kader",
                null,
                year,
                year == null ? "voorjaar" : String.valueOf(year),
                year != null,
                new BigDecimal(value),
                null,
                unit,
                unitText,
                null,
                "bron",
                inhabitants,
                null);
    }
}
