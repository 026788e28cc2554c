package nl.ivbplanner.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** An activity's interim verdict as stored, in the municipality's words; all empty while there is none. */
@Schema(name = "Tussenstand", description = "De tussenstand van een activiteit zoals opgeslagen.")
record InterimStatusResponse(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "int64", example = "1203")
        long activiteit,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                allowableValues = {"GREEN", "YELLOW", "RED", "NOT_EVALUATED"},
                description = "Het oordeel; leeg als er nog geen tussenstand is.",
                example = "YELLOW")
        String status,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                description = "Het oordeel in de woorden van de legenda van de gemeente.",
                example = "Op schema")
        String label,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true)
        String resultaat,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                format = "int64",
                description = "De versie om bij een volgende PUT mee te sturen; leeg als er nog geen is.",
                example = "3")
        Long versie,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                description = "Wanneer het oordeel is gegeven (Nederlandse tijd).")
        OffsetDateTime op,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                description = "Wie het oordeel gaf.",
                example = "Adviseur Rijswijk")
        String door) {

    static InterimStatusResponse of(EvaluationService.EvaluationRow stored) {
        VerdictRow row = stored.row();
        LegendEntry legend = row.status() == null ? null : stored.legend().get(row.status());
        return new InterimStatusResponse(
                row.activityId(),
                row.status(),
                legend == null ? null : legend.label(),
                row.resultText(),
                row.version(),
                row.evaluatedAt(),
                row.evaluatedBy());
    }
}
