package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A budget table with its lines, as the API gives it; amounts in euro cents, as stored. */
@Schema(name = "BegrotingstabelJson", description = "Een begrotingstabel met haar regels")
record BudgetTableJson(
        long id,
        String titel,

        @Schema(description = "Het totaal zoals het document het drukt, in eurocent", nullable = true)
        Long gedruktTotaalInCenten,

        List<BudgetLineJson> regels) {

    @Schema(name = "BegrotingsregelJson", description = "Een regel van de begroting")
    record BudgetLineJson(
            String omschrijving,

            @Schema(description = "Het bedrag in eurocent", nullable = true)
            Long bedragInCenten,

            @Schema(description = "Het bedrag zoals het document het drukt, als het geen getal is", nullable = true)
            String bedragTekst,

            @Schema(nullable = true) String opmerking) {}

    static List<BudgetTableJson> of(List<PlanView.Table<BudgetRow>> tables) {
        return tables.stream()
                .map(t -> new BudgetTableJson(
                        t.id(),
                        t.title(),
                        t.printedTotalCents(),
                        t.lines().stream()
                                .map(l -> new BudgetLineJson(l.label(), l.amountCents(), l.amountText(), l.remark()))
                                .toList()))
                .toList();
    }
}
