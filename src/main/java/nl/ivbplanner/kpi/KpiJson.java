package nl.ivbplanner.kpi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A KPI with its whole series of measurements, as the API gives it: the figures every reader of the KPI sees. */
@Schema(name = "KpiJson", description = "Een KPI met zijn uitgangswaarde, streefwaarde en metingen")
public record KpiJson(
        long id,
        String naam,
        @Schema(nullable = true) Long themaId,

        @Schema(description = "Het thema zoals het document het nummert", nullable = true)
        String thema,

        @Schema(nullable = true) Long doelstellingId,

        @Schema(description = "De eenheid in woorden ('aantal meldingen')", nullable = true)
        String eenheid,

        KpiUnit eenheidSoort,
        @Schema(nullable = true) String bron,
        KpiKind soort,

        @Schema(description = "Hoe de meting met de streefwaarde vergeleken wordt", nullable = true)
        Comparator vergelijking,

        @Schema(nullable = true) BigDecimal uitgangswaarde,

        @Schema(description = "De uitgangswaarde zoals gedrukt, als die geen getal is", nullable = true)
        String uitgangswaardeTekst,

        @Schema(nullable = true) Integer uitgangsjaar,
        @Schema(nullable = true) BigDecimal streefwaarde,

        @Schema(description = "De streefwaarde zoals gedrukt, als die geen getal is", nullable = true)
        String streefwaardeTekst,

        @Schema(nullable = true) Integer streefjaar,

        @Schema(description = "De standaardindicator waar de KPI mee vergelijkbaar is", nullable = true)
        String indicator,

        @Schema(description = "De metingen in de tijd") List<MeasurementJson> metingen) {

    @Schema(name = "MetingJson", description = "Een gemeten waarde")
    public record MeasurementJson(
            long id,

            @Schema(description = "De periode zoals gedrukt ('2024', 'Q3 2025')")
            String periode,

            @Schema(nullable = true) Integer jaar,
            @Schema(nullable = true) BigDecimal waarde,

            @Schema(description = "De waarde zoals gedrukt ('rond de 565')", nullable = true)
            String waardeTekst,

            @Schema(nullable = true) LocalDate peildatum) {}

    public static KpiJson of(KpiFigures kpi) {
        return new KpiJson(
                kpi.id(),
                kpi.name(),
                kpi.themeId(),
                kpi.theme(),
                kpi.objectiveId(),
                kpi.unitText(),
                kpi.unitKind(),
                kpi.source(),
                kpi.kind(),
                kpi.comparator(),
                kpi.baselineValue(),
                kpi.baselineText(),
                kpi.baselineYear(),
                kpi.targetValue(),
                kpi.targetText(),
                kpi.targetYear(),
                kpi.indicatorName(),
                kpi.series().stream()
                        .map(r -> new MeasurementJson(
                                r.id(), r.period(), r.year(), r.value(), r.valueText(), r.peildatum()))
                        .toList());
    }

    public static List<KpiJson> of(List<KpiFigures> kpis) {
        return kpis.stream().map(KpiJson::of).toList();
    }
}
