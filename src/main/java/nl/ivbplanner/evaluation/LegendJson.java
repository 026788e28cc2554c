package nl.ivbplanner.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One verdict of a municipality's legend as the API gives it: the status with the municipality's own words for it. */
@Schema(name = "LegendaJson", description = "Een oordeel in de woorden van de gemeente")
public record LegendJson(
        EvaluationStatus status,

        @Schema(description = "Het label, bijvoorbeeld 'Gereed'")
        String label,

        @Schema(description = "Het symbool, bijvoorbeeld '✔'")
        String symbool) {

    /** The legend in the order of the statuses: green, yellow, red (and 'not evaluated' where it has words). */
    public static List<LegendJson> of(Map<String, LegendEntry> legend) {
        return Arrays.stream(EvaluationStatus.values())
                .map(status -> legend.get(status.name()))
                .filter(Objects::nonNull)
                .map(entry -> new LegendJson(EvaluationStatus.valueOf(entry.status()), entry.label(), entry.symbol()))
                .toList();
    }
}
