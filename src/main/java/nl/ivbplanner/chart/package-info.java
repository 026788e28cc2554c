/**
 * Charts drawn on the server as inline SVG, with no script and no chart library, so they show in the browser, in print
 * and in a saved page alike. Each chart is a record of coordinates in its own SVG units (a {@code viewBox} that scales
 * to the box it is put in), worked out here and drawn by {@code templates/fragments/chart.html}; a feature only turns
 * its read model into the chart's input.
 *
 * <ul>
 *   <li>{@link nl.ivbplanner.chart.StackedBarChart}: counts per category (years, themes) split by key (verdicts),
 *       each key with a {@link nl.ivbplanner.chart.Fill} pattern and a label, so colour never carries it alone.
 *   <li>{@link nl.ivbplanner.chart.LineChart}: one or more series of numbers of ONE unit over the same periods, each
 *       series with its own marker, an optional baseline point per series and an optional target as a dashed line.
 *   <li>{@link nl.ivbplanner.chart.BarChart}: one horizontal bar per category with its value written beside it.
 * </ul>
 *
 * Usage, e.g. indicators per municipality over years:
 *
 * <pre>{@code
 * LineChart chart = LineChart.of("regio-overlast", List.of("2023", "2024", "2025"),
 *         List.of(LineChart.Series.of(Text.of("Wassenaar"), List.of(v23, v24, v25)),
 *                 LineChart.Series.of(Text.of("Rijswijk"), List.of(w23, null, w25))),
 *         KpiUnit.COUNT::format, Text.of("meldingen"), null);
 * }</pre>
 *
 * and in the template, once per page {@code <svg th:replace="~{fragments/chart :: patterns}"></svg>}, then
 * {@code <figure th:replace="~{fragments/chart :: lineChart(${chart}, #{my.chart.summary})}"></figure>}. The SVG is an image
 * named by that summary; every figure it shows must also be in an HTML table beside it (the fragment does not make
 * the table: a feature knows best how its figures read as a table).
 */
package nl.ivbplanner.chart;
