package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.evaluation.LegendJson;
import nl.ivbplanner.kpi.KpiJson;
import nl.ivbplanner.plan.PlanState;

/** A yearly plan as a reader may see it: its texts, themes with goals and activities, KPIs, budget and formation. */
@Schema(name = "PlanJson", description = "Een uitvoeringsplan zoals de lezer het mag zien")
record PlanJson(
        @Schema(example = "wassenaar") String gemeente,
        @Schema(example = "ivb-2024-2027") String kader,
        int jaar,
        String titel,
        PlanState staat,

        @Schema(description = "Door het college vastgesteld op", nullable = true)
        LocalDate vastgesteldOp,

        @Schema(description = "De evaluatie gesloten op", nullable = true)
        LocalDate geevalueerdOp,

        @Schema(description = "De oordelen in de woorden van de gemeente")
        List<LegendJson> legenda,

        @Schema(
                description = "De teksten in de volgorde van het document; zonder sleutel van de gemeente zonder de"
                        + " teksten die niet openbaar zijn")
        List<SectionJson> teksten,

        @Schema(description = "De thema's van het kader in boomvolgorde, elk met zijn doelen en activiteiten")
        List<ThemeJson> themas,

        List<KpiJson> kpis,
        List<BudgetTableJson> begroting,
        List<CapacityTableJson> formatie) {}
