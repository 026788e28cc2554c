package nl.ivbplanner.opendata;

import static nl.ivbplanner.opendata.FieldType.DATE;
import static nl.ivbplanner.opendata.FieldType.INTEGER;
import static nl.ivbplanner.opendata.FieldType.NUMBER;
import static nl.ivbplanner.opendata.FieldType.STRING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.ivbplanner.kpi.Comparator;
import nl.ivbplanner.kpi.KpiKind;
import nl.ivbplanner.kpi.KpiUnit;

/**
 * A KPI of a published plan or an adopted framework with one of its measurements, or without one (the measurement's
 * fields empty) when it has none: one record of {@code kpis}.
 */
record KpiRow(
        String municipalityName,
        String cbsCode,
        String frameworkSlug,
        String frameworkTitle,
        Integer planYear,
        String planTitle,
        String theme,
        long kpiId,
        String name,
        String unit,
        String unitKind,
        String kind,
        String comparator,
        String kpiSource,
        BigDecimal baselineValue,
        String baselineText,
        Integer baselineYear,
        BigDecimal targetValue,
        String targetText,
        Integer targetYear,
        String indicatorCode,
        String indicatorName,
        Long measurementId,
        String period,
        Integer measurementYear,
        BigDecimal value,
        String valueText,
        LocalDate peildatum,
        String measurementSource) {

    static final List<Field<KpiRow>> FIELDS = List.of(
            Field.required("gemeente", STRING, KpiRow::municipalityName),
            Field.required("cbs_code", STRING, KpiRow::cbsCode),
            Field.required("kader", STRING, KpiRow::frameworkSlug),
            Field.required("kader_titel", STRING, KpiRow::frameworkTitle),
            Field.of("planjaar", INTEGER, KpiRow::planYear),
            Field.of("plan_titel", STRING, KpiRow::planTitle),
            Field.of("thema", STRING, KpiRow::theme),
            Field.required("kpi_id", INTEGER, KpiRow::kpiId),
            Field.required("kpi", STRING, KpiRow::name),
            Field.of("eenheid", STRING, KpiRow::unit),
            Field.required("eenheid_soort", STRING, KpiRow::unitKind).allowing(names(KpiUnit.values())),
            Field.required("soort", STRING, KpiRow::kind).allowing(names(KpiKind.values())),
            Field.of("vergelijking", STRING, KpiRow::comparator).allowing(names(Comparator.values())),
            Field.of("nulwaarde", NUMBER, KpiRow::baselineValue),
            Field.of("nulwaarde_tekst", STRING, KpiRow::baselineText),
            Field.of("nulwaarde_jaar", INTEGER, KpiRow::baselineYear),
            Field.of("streefwaarde", NUMBER, KpiRow::targetValue),
            Field.of("streefwaarde_tekst", STRING, KpiRow::targetText),
            Field.of("streefwaarde_jaar", INTEGER, KpiRow::targetYear),
            Field.of("kpi_bron", STRING, KpiRow::kpiSource),
            Field.of("standaardindicator", STRING, KpiRow::indicatorCode),
            Field.of("standaardindicator_naam", STRING, KpiRow::indicatorName),
            Field.of("meting_id", INTEGER, KpiRow::measurementId),
            Field.of("periode", STRING, KpiRow::period),
            Field.of("meting_jaar", INTEGER, KpiRow::measurementYear),
            Field.of("waarde", NUMBER, KpiRow::value),
            Field.of("waarde_tekst", STRING, KpiRow::valueText),
            Field.of("peildatum", DATE, KpiRow::peildatum),
            Field.of("meting_bron", STRING, KpiRow::measurementSource));

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
