package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import nl.ivbplanner.formation.CapacityOrganisation;
import nl.ivbplanner.formation.FormationTable;

/** A formation table with its lines and the totals a reader is shown, as the API gives it. */
@Schema(name = "FormatietabelJson", description = "Een formatietabel (fte) met haar regels en totalen")
record CapacityTableJson(
        long id,
        String titel,
        List<CapacityLineJson> regels,

        @Schema(description = "De totalen: zoals gedrukt waar het document ze heeft, anders per organisatie")
        List<CapacityTotalJson> totalen) {

    @Schema(name = "FormatieregelJson", description = "Een functie met haar fte")
    record CapacityLineJson(
            @Schema(nullable = true) String groep,
            String functie,

            @Schema(description = "Bestaande fte", nullable = true)
            BigDecimal fteBestaand,

            @Schema(description = "Extra fte", nullable = true)
            BigDecimal fteExtra,

            @Schema(nullable = true) String opmerking,
            CapacityOrganisation organisatie,

            @Schema(description = "Deel van de regel erboven ('totaal, waarvan'), niet nog eens meegeteld")
            boolean onderdeel) {}

    @Schema(name = "FormatietotaalJson", description = "Een totaal van bestaande en extra fte")
    record CapacityTotalJson(
            @Schema(description = "De organisatie; geen bij een gedrukt totaal van meer organisaties", nullable = true)
            CapacityOrganisation organisatie,

            @Schema(nullable = true) BigDecimal bestaand,
            @Schema(nullable = true) BigDecimal extra) {}

    static List<CapacityTableJson> of(List<FormationTable> tables) {
        return tables.stream()
                .map(t -> new CapacityTableJson(
                        t.id(),
                        t.title(),
                        t.lines().stream()
                                .map(l -> new CapacityLineJson(
                                        l.groupName(),
                                        l.functionName(),
                                        l.fteExisting(),
                                        l.fteAdded(),
                                        l.remark(),
                                        l.organisation(),
                                        l.part()))
                                .toList(),
                        t.totals().stream()
                                .map(total ->
                                        new CapacityTotalJson(total.organisation(), total.existing(), total.added()))
                                .toList()))
                .toList();
    }
}
