package nl.ivbplanner.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.common.DutchNumbers;
import org.junit.jupiter.api.Test;

/** The geometry of the three charts: where things go, what is written, and that nothing leaves the viewBox. */
class ChartsTest {

    private static final List<StackedBarChart.Key> VERDICTS = List.of(
            new StackedBarChart.Key(Text.of("Gereed"), Fill.GREEN_SOLID),
            new StackedBarChart.Key(Text.of("Op schema"), Fill.YELLOW_HATCHED),
            new StackedBarChart.Key(Text.of("Niet uitgevoerd"), Fill.RED_CROSSED),
            new StackedBarChart.Key(Text.of("Niet beoordeeld"), Fill.GREY_DOTTED));

    @Test
    void stackedBarsStackFromTheAxisWithTheirCountsAndTotals() {
        StackedBarChart chart = StackedBarChart.of(
                Text.key("chart.activities"),
                VERDICTS,
                List.of(
                        new StackedBarChart.Stack("2024", List.of(10, 5, 2, 0)),
                        new StackedBarChart.Stack("2025", List.of(14, 6, 1, 0))));
        assertThat(chart.ticks()).extracting(Tick::label).containsExactly("0", "10", "20", "30");
        StackedBarChart.Column y2025 = chart.columns().get(1);
        assertThat(y2025.total().text()).isEqualTo("21");
        assertThat(y2025.labels()).extracting(Label::text).containsExactly("2025");
        // no segment for a count of nought; the first stands on the axis, each next on the one before
        assertThat(y2025.segments())
                .extracting(StackedBarChart.Segment::fill)
                .containsExactly(Fill.GREEN_SOLID, Fill.YELLOW_HATCHED, Fill.RED_CROSSED);
        StackedBarChart.Segment green = y2025.segments().get(0);
        StackedBarChart.Segment yellow = y2025.segments().get(1);
        assertThat(green.y() + green.height()).isEqualTo(chart.bottom());
        assertThat(yellow.y() + yellow.height()).isCloseTo(green.y(), org.assertj.core.data.Offset.offset(0.11));
        // 14 of a 30 scale
        assertThat(green.height()).isCloseTo(200 * 14 / 30.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(green.label().text()).isEqualTo("14");
        assertThat(yellow.label().text()).isEqualTo("6");
        // 1 activity is too thin a segment for its count: the table has it
        assertThat(y2025.segments().get(2).label()).isNull();
        assertThat(chart.legend())
                .extracting(e -> e.label().literal())
                .containsExactly("Gereed", "Op schema", "Niet uitgevoerd", "Niet beoordeeld");
        assertThat(chart.legend()).allSatisfy(e -> assertThat(e.fill()).isNotNull());
    }

    @Test
    void stackedBarsOfNothingStillDrawAnAxis() {
        StackedBarChart empty = StackedBarChart.of(null, VERDICTS, List.of());
        assertThat(empty.columns()).isEmpty();
        assertThat(empty.ticks()).extracting(Tick::label).containsExactly("0", "1");
        StackedBarChart zero =
                StackedBarChart.of(null, VERDICTS, List.of(new StackedBarChart.Stack("2026", List.of(0, 0, 0, 0))));
        assertThat(zero.columns().get(0).segments()).isEmpty();
        assertThat(zero.columns().get(0).total().text()).isEqualTo("0");
    }

    @Test
    void longCategoryLabelsWrapAndMakeRoomBelowTheAxis() {
        StackedBarChart chart = StackedBarChart.of(
                null,
                VERDICTS,
                List.of(
                        new StackedBarChart.Stack(
                                "Crisis- en rampenbestrijding en fysieke veiligheid", List.of(1, 1, 1, 1)),
                        new StackedBarChart.Stack("B", List.of(1, 0, 0, 0)),
                        new StackedBarChart.Stack("C", List.of(1, 0, 0, 0)),
                        new StackedBarChart.Stack("D", List.of(1, 0, 0, 0))));
        List<Label> lines = chart.columns().get(0).labels();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines.stream().map(Label::text).toList()))
                .isEqualTo("Crisis- en rampenbestrijding en fysieke veiligheid");
        assertThat(lines.get(lines.size() - 1).y()).isLessThanOrEqualTo(chart.height());
    }

    @Test
    void aLineChartMarksTheBaselineAndDrawsTheTargetAboveAllValues() {
        LineChart chart = LineChart.of(
                List.of("2019", "2021", "2023"),
                List.of(new LineChart.Series(
                        Text.key("chart.measured"),
                        List.of(new BigDecimal("7.4"), new BigDecimal("7.3"), new BigDecimal("7.6")),
                        0)),
                v -> DutchNumbers.formatOneDecimalAtLeast(v),
                Text.of("rapportcijfer"),
                new LineChart.Reference(Text.key("chart.target"), new BigDecimal("8.0")));
        LineChart.Line line = chart.lines().get(0);
        assertThat(line.marks()).extracting(LineChart.Point::baseline).containsExactly(true, false, false);
        assertThat(line.marks()).extracting(p -> p.value().text()).containsExactly("7,4", "7,3", "7,6");
        assertThat(chart.periods()).extracting(Label::text).containsExactly("2019", "2021", "2023");
        // the target is above every point (smaller y), inside the plot, and its line is named with its value
        assertThat(chart.target().y())
                .isLessThan(line.marks().stream()
                        .mapToDouble(LineChart.Point::y)
                        .min()
                        .orElseThrow());
        assertThat(chart.target().y()).isGreaterThanOrEqualTo(chart.top());
        assertThat(chart.target().label().text()).isEqualTo("8,0");
        // the axis reaches the target and does not start at nothing for marks between 7 and 8
        assertThat(chart.ticks().get(chart.ticks().size() - 1).label()).isEqualTo("8,0");
        assertThat(chart.ticks().get(0).label()).isNotEqualTo("0,0");
        assertThat(chart.legend())
                .extracting(e -> e.label().key())
                .containsExactly("chart.measured", "chart.baseline", "chart.target");
        assertThat(chart.legend().get(1).hollow()).isTrue();
        assertThat(chart.legend().get(2).dashed()).isTrue();
        // a later period is further right; a higher value higher up
        assertThat(line.marks().get(2).x()).isGreaterThan(line.marks().get(1).x());
        assertThat(line.marks().get(2).y()).isLessThan(line.marks().get(1).y());
        assertThat(line.path())
                .isEqualTo(line.marks().stream()
                        .map(p -> Geometry.number(p.x()) + "," + Geometry.number(p.y()))
                        .reduce((a, b) -> a + " L" + b)
                        .map(points -> "M" + points)
                        .orElseThrow());
    }

    @Test
    void seriesBeyondTheFiveMarkersAreDashedWithHollowMarkersSoNoTwoLookAlike() {
        List<LineChart.Series> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(LineChart.Series.of(Text.of("Gemeente " + i), List.of(BigDecimal.valueOf(i), BigDecimal.ONE)));
        }

        LineChart chart = LineChart.of(List.of("2024", "2025"), seven, DutchNumbers::format, Text.of("aantal"), null);

        assertThat(chart.lines())
                .extracting(LineChart.Line::dashed)
                .containsExactly(false, false, false, false, false, true, true);
        assertThat(chart.lines().get(5).marker()).isEqualTo(chart.lines().get(0).marker());
        assertThat(chart.legend().get(5).dashed()).isTrue();
        assertThat(chart.legend().get(5).hollow()).isTrue();
        assertThat(chart.legend().get(0).dashed()).isFalse();
    }

    @Test
    void aLineDoesNotBridgeAPeriodWithoutAValue() {
        LineChart chart = LineChart.of(
                List.of("2022", "2023", "2024", "2025"),
                List.of(LineChart.Series.of(
                        Text.of("Westland"),
                        java.util.Arrays.asList(new BigDecimal("3"), new BigDecimal("4"), null, new BigDecimal("5")))),
                DutchNumbers::format,
                Text.of("meldingen"),
                null);

        String path = chart.lines().get(0).path();
        assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(path.chars().filter(c -> c == 'L').count()).isEqualTo(1);
    }

    @Test
    void countsStartFromNothingAndZeroAndNegativeValuesFit() {
        LineChart counts = LineChart.of(
                List.of("2023", "2024"),
                List.of(LineChart.Series.of(Text.of("Meldingen"), List.of(new BigDecimal("40"), new BigDecimal("95")))),
                DutchNumbers::format,
                null,
                null);
        assertThat(counts.ticks().get(0).label()).isEqualTo("0");
        assertThat(counts.target()).isNull();
        assertThat(counts.zero()).isNull();
        assertThat(counts.legend()).hasSize(1);

        LineChart change = LineChart.of(
                List.of("2023", "2024", "2025"),
                List.of(LineChart.Series.of(
                        Text.of("Verandering"), List.of(new BigDecimal("-12"), BigDecimal.ZERO, new BigDecimal("30")))),
                DutchNumbers::format,
                null,
                null);
        assertThat(change.zero()).isNotNull().isBetween(change.top(), change.bottom());
        assertThat(change.lines().get(0).marks())
                .allSatisfy(p -> assertThat(p.y()).isBetween(change.top(), change.bottom()));
        assertThat(change.lines().get(0).marks().get(1).y()).isEqualTo(change.zero());
    }

    @Test
    void aSinglePointSitsInTheMiddleAndGapsAreSkipped() {
        LineChart single = LineChart.of(
                List.of("2025"),
                List.of(LineChart.Series.of(Text.of("Meting"), List.of(new BigDecimal("565")))),
                DutchNumbers::format,
                null,
                null);
        LineChart.Point point = single.lines().get(0).marks().get(0);
        assertThat(point.x()).isCloseTo((single.left() + single.right()) / 2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(point.y()).isBetween(single.top(), single.bottom());

        List<BigDecimal> withGap = new ArrayList<>(List.of(new BigDecimal("3")));
        withGap.add(null);
        withGap.add(new BigDecimal("5"));
        LineChart gap = LineChart.of(
                List.of("2023", "2024", "2025"),
                List.of(LineChart.Series.of(Text.of("A"), withGap)),
                DutchNumbers::format,
                null,
                null);
        assertThat(gap.lines().get(0).marks()).hasSize(2);
        assertThat(gap.periods()).hasSize(3);
    }

    @Test
    void severalSeriesGetTheirOwnMarkersAndALegendEach() {
        LineChart chart = LineChart.of(
                List.of("2024", "2025"),
                List.of(
                        LineChart.Series.of(Text.of("Wassenaar"), List.of(BigDecimal.ONE, BigDecimal.valueOf(2))),
                        LineChart.Series.of(Text.of("Rijswijk"), List.of(BigDecimal.valueOf(2), BigDecimal.TEN))),
                DutchNumbers::format,
                Text.of("meldingen"),
                null);
        assertThat(chart.lines()).extracting(LineChart.Line::marker).containsExactly(Marker.CIRCLE, Marker.SQUARE);
        assertThat(chart.lines().get(0).colour())
                .isNotEqualTo(chart.lines().get(1).colour());
        assertThat(chart.legend()).extracting(e -> e.label().literal()).containsExactly("Wassenaar", "Rijswijk");
    }

    @Test
    void anEmptyLineChartHasAnAxisAndNoLines() {
        LineChart chart = LineChart.of(List.of(), List.of(), DutchNumbers::format, null, null);
        assertThat(chart.lines()).isEmpty();
        assertThat(chart.ticks()).isNotEmpty();
    }

    @Test
    void barsAreScaledToTheLargestAndCarryTheirAmount() {
        BarChart chart = BarChart.of(
                List.of(
                        new BarChart.Bar(Text.of("Zorg en Veiligheid"), new BigDecimal("47000")),
                        new BarChart.Bar(Text.of("Femicide"), null),
                        new BarChart.Bar(
                                Text.of("Crisis- en rampenbestrijding/ Fysieke veiligheid en de bijdrage aan de"
                                        + " Veiligheidsregio Haaglanden, met opleidingen en piket"),
                                new BigDecimal("5701000")),
                        new BarChart.Bar(Text.key("dashboard.budget.no-theme"), new BigDecimal("21000"))),
                v -> "€ " + DutchNumbers.format(v),
                "–");
        BarChart.Row zorg = chart.rows().get(0);
        BarChart.Row crisis = chart.rows().get(2);
        assertThat(zorg.value().text()).isEqualTo("€ 47.000");
        assertThat(crisis.value().text()).isEqualTo("€ 5.701.000");
        assertThat(zorg.width() / crisis.width())
                .isCloseTo(47000 / 5701000.0, org.assertj.core.data.Offset.offset(0.001));
        // the longest bar's amount still fits inside the chart
        assertThat(crisis.value().x() + Geometry.textWidth(crisis.value().text()))
                .isLessThanOrEqualTo(chart.width());
        // no amount: no bar, a dash
        assertThat(chart.rows().get(1).width()).isZero();
        assertThat(chart.rows().get(1).value().text()).isEqualTo("–");
        // a long name wraps, whole, above its bar
        assertThat(crisis.lines()).hasSizeGreaterThan(1);
        assertThat(crisis.lines())
                .allSatisfy(l -> assertThat(Geometry.textWidth(l.text())).isLessThanOrEqualTo(chart.width()));
        assertThat(crisis.lines().get(crisis.lines().size() - 1).y()).isLessThan(crisis.y());
        // rows do not overlap, and the chart is as tall as its rows
        assertThat(chart.rows().get(1).lines().get(0).y()).isGreaterThan(zorg.y() + zorg.height());
        BarChart.Row last = chart.rows().get(3);
        assertThat(chart.height()).isGreaterThanOrEqualTo(last.y() + last.height());
        assertThat(last.name().key()).isEqualTo("dashboard.budget.no-theme");
    }

    @Test
    void negativeBarsRunLeftOfTheZeroLine() {
        BarChart chart = BarChart.of(
                List.of(
                        new BarChart.Bar(Text.of("Tekort"), new BigDecimal("-500")),
                        new BarChart.Bar(Text.of("Begroot"), new BigDecimal("1500"))),
                v -> DutchNumbers.format(v),
                "–");
        BarChart.Row deficit = chart.rows().get(0);
        BarChart.Row budget = chart.rows().get(1);
        assertThat(deficit.x() + deficit.width()).isCloseTo(chart.zero(), org.assertj.core.data.Offset.offset(0.11));
        assertThat(budget.x()).isEqualTo(chart.zero());
        assertThat(deficit.value().anchor()).isEqualTo("end");
        assertThat(deficit.value().x()).isGreaterThanOrEqualTo(Geometry.textWidth("-500"));
        assertThat(deficit.width() / budget.width()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void wrappingKeepsEveryWord() {
        assertThat(Geometry.wrap("Ondermijning", 30)).containsExactly("Ondermijning");
        assertThat(Geometry.wrap("a b c", 1000)).containsExactly("a b c");
        assertThat(Geometry.wrap("", 100)).containsExactly("");
    }
}
