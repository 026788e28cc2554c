package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.framework.FrameworkKind;
import nl.ivbplanner.framework.FrameworkState;
import nl.ivbplanner.kpi.KpiJson;
import nl.ivbplanner.plan.PlanState;

/** A policy framework as a reader may see it: its texts, themes with goals and lines, KPIs, budget and plans. */
@Schema(name = "KaderJson", description = "Een meerjarig beleidskader zoals de lezer het mag zien")
record FrameworkJson(
        @Schema(example = "wassenaar") String gemeente,
        @Schema(example = "ivb-2024-2027") String slug,
        String titel,
        @Schema(nullable = true) String ondertitel,
        FrameworkKind soort,
        int eersteJaar,
        int laatsteJaar,
        FrameworkState staat,

        @Schema(description = "Door de raad vastgesteld op", nullable = true)
        LocalDate vastgesteldDoorRaadOp,

        @Schema(nullable = true) String missie,
        @Schema(nullable = true) String visie,
        @Schema(nullable = true) String succesfactoren,

        @Schema(description = "De teksten; zonder sleutel van de gemeente zonder de teksten die niet openbaar zijn")
        List<SectionJson> teksten,

        @Schema(
                description = "De thema's in boomvolgorde, elk met zijn doelen en meerjarige lijnen (hoofdlijnen,"
                        + " aanpak) als het kader die heeft")
        List<ThemeJson> themas,

        List<KpiJson> kpis,
        List<BudgetTableJson> begroting,

        @Schema(
                description = "De uitvoeringsplannen, nieuwste eerst; concepten alleen voor de medewerkers van de"
                        + " gemeente")
        List<PlanLinkJson> plannen) {

    @Schema(name = "PlanVerwijzingJson", description = "Een uitvoeringsplan in een lijst")
    record PlanLinkJson(
            int jaar,
            String titel,
            PlanState staat,
            @Schema(format = "uri-reference") String adres) {}
}
