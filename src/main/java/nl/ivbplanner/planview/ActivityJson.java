package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.activity.ActivityKind;
import nl.ivbplanner.activity.PartnerRole;
import nl.ivbplanner.evaluation.EvaluationStatus;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.planview.PlanApiQueries.ApiActivityRow;
import nl.ivbplanner.planview.PlanApiQueries.PartnerRow;

/** An activity of a plan, or a line of a framework, as the API gives it: what its pages show, verdicts included. */
@Schema(name = "ActiviteitJson", description = "Een activiteit van een plan, of een meerjarige lijn van een kader")
record ActivityJson(
        long id,
        long themaId,

        @Schema(description = "Het doel ('Wat willen we bereiken?') waar de activiteit aan bijdraagt", nullable = true)
        Long doelstellingId,

        @Schema(implementation = ActivityKind.class) String soort,

        String titel,
        @Schema(nullable = true) String omschrijving,

        @Schema(description = "Het doel van de activiteit zelf", nullable = true)
        String doel,

        @Schema(nullable = true) String beoogdResultaat,

        @Schema(description = "Wie de activiteit trekt, zoals het plan het schrijft", nullable = true)
        String trekker,

        @Schema(description = "Wanneer, zoals het plan het schrijft", nullable = true)
        String planning,

        @Schema(nullable = true) LocalDate deadline,

        @Schema(description = "Een status zoals het plan die drukt ('Doorlopend'), geen oordeel", nullable = true)
        String statusNotitie,

        @Schema(description = "De organisaties, met hun rol en de woorden van het plan")
        List<PartnerJson> partners,

        @Schema(description = "Het oordeel aan het eind van het jaar", nullable = true)
        VerdictJson oordeel,

        @Schema(description = "De tussenstand in de loop van het jaar", nullable = true)
        VerdictJson tussenstand,

        @Schema(description = "De activiteit van een eerder jaar waaruit deze is overgenomen", nullable = true)
        CarriedOverJson overgenomenVan) {

    @Schema(name = "PartnerJson", description = "Een organisatie bij een activiteit, met één rol")
    record PartnerJson(
            String naam,

            @Schema(implementation = PartnerRole.class) String rol,

            @Schema(description = "Hoe het plan de organisatie hier noemt, als dat anders is", nullable = true)
            String formulering) {}

    @Schema(name = "OordeelJson", description = "Een oordeel over een activiteit, met het label van de gemeente")
    record VerdictJson(
            EvaluationStatus status,

            @Schema(description = "Het label uit de legenda van de gemeente", nullable = true)
            String label,

            @Schema(nullable = true) String symbool,

            @Schema(description = "De toelichting op het resultaat", nullable = true)
            String resultaat,

            @Schema(nullable = true) OffsetDateTime beoordeeldOp) {

        static VerdictJson of(
                String status, String resultText, OffsetDateTime evaluatedAt, Map<String, LegendEntry> legend) {
            if (status == null) {
                return null;
            }
            LegendEntry entry = legend.get(status);
            return new VerdictJson(
                    EvaluationStatus.valueOf(status),
                    entry == null ? null : entry.label(),
                    entry == null ? null : entry.symbol(),
                    resultText,
                    evaluatedAt);
        }
    }

    @Schema(name = "OvergenomenVanJson", description = "De activiteit waaruit een activiteit is overgenomen")
    record CarriedOverJson(long id, int jaar, String titel) {}

    static ActivityJson of(ApiActivityRow row, List<PartnerRow> partners, Map<String, LegendEntry> legend) {
        return new ActivityJson(
                row.id(),
                row.themeId(),
                row.objectiveId(),
                row.kind(),
                row.title(),
                row.description(),
                row.goal(),
                row.intendedResult(),
                row.owner(),
                row.planning(),
                row.deadline(),
                row.statusNote(),
                partners.stream()
                        .map(p -> new PartnerJson(p.name(), p.role(), p.wording()))
                        .toList(),
                VerdictJson.of(row.status(), row.resultText(), row.evaluatedAt(), legend),
                VerdictJson.of(row.interimStatus(), row.interimResultText(), row.interimEvaluatedAt(), legend),
                row.sourceId() == null
                        ? null
                        : new CarriedOverJson(row.sourceId(), row.sourceYear(), row.sourceTitle()));
    }
}
