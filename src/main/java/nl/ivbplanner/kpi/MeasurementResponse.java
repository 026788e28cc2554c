package nl.ivbplanner.kpi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored measurement as the API answers it: a milestone's value is whether it was reached. */
@Schema(name = "Meting", description = "Een opgeslagen meting van een KPI.")
record MeasurementResponse(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "int64", example = "812")
        long id,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "int64", description = "De KPI.", example = "77")
        long kpi,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "januari 2026")
        String periode,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                description = "Het jaar van de meting: opgegeven of uit de periode; leeg als alleen de"
                        + " peildatum het jaar geeft.",
                example = "2026")
        Integer jaar,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                description = "De gemeten waarde; leeg bij een mijlpaal.",
                example = "412.5")
        BigDecimal waarde,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                description = "Of de mijlpaal is behaald; leeg bij een KPI met een getal.")
        Boolean behaald,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, example = "2026-01-31")
        LocalDate peildatum,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "De bron zoals de pagina's hem tonen, bij Anders met de toelichting.",
                example = "Politie")
        String bron,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true)
        String toelichting) {

    static MeasurementResponse of(Measurement measurement) {
        boolean milestone = measurement.getKpi().getKind() == KpiKind.MILESTONE;
        return new MeasurementResponse(
                measurement.getId(),
                measurement.getKpi().getId(),
                measurement.getPeriod(),
                measurement.getYear(),
                milestone ? null : measurement.getValue(),
                milestone ? measurement.getValue().signum() > 0 : null,
                measurement.getPeildatum(),
                measurement.getSource(),
                measurement.getNote());
    }
}
