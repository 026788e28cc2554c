package nl.ivbplanner.evaluation;

import java.util.List;
import nl.ivbplanner.municipality.MunicipalityCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every municipality has a legend, or its plans cannot show or take a verdict: a new one gets the neutral default that
 * the seeded municipalities without a printed legend got (V2), in the transaction that creates it. Its administrators
 * rename the verdicts on the legend page.
 */
@Component
class DefaultLegend {

    private final StatusLegendRepository legends;

    DefaultLegend(StatusLegendRepository legends) {
        this.legends = legends;
    }

    @EventListener
    void give(MunicipalityCreated created) {
        long id = created.municipalityId();
        legends.saveAll(List.of(
                new StatusLegend(id, EvaluationStatus.GREEN, "Gereed", "✔"),
                new StatusLegend(id, EvaluationStatus.YELLOW, "Loopt door", "➜"),
                new StatusLegend(id, EvaluationStatus.RED, "Niet uitgevoerd", "✖"),
                new StatusLegend(id, EvaluationStatus.NOT_EVALUATED, "Nog niet beoordeeld", "○")));
    }
}
