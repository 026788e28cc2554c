package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.framework.ThemeKind;

/** A theme of a framework with its goals and the activities (or lines) under it, as the API gives it. */
@Schema(name = "ThemaJson", description = "Een thema of subthema, met zijn doelen en activiteiten")
record ThemeJson(
        long id,

        @Schema(description = "Het nummer zoals het document het drukt ('5.1')", nullable = true)
        String code,

        String naam,

        @Schema(description = "Het hoofdthema van een subthema", nullable = true)
        Long bovenliggendThemaId,

        @Schema(implementation = ThemeKind.class) String soort,

        @Schema(
                description = "Het veld van Kernbeleid Veiligheid (VNG): 1 woon- en leefomgeving,"
                        + " 2 bedrijvigheid, 3 jeugd, 4 fysieke veiligheid, 5 integriteit",
                minimum = "1",
                maximum = "5",
                nullable = true)
        Short kernbeleidVeld,

        @Schema(nullable = true) String omschrijving,
        @Schema(nullable = true) String doel,

        @Schema(description = "Wie de regie heeft", nullable = true)
        String regie,

        int positie,

        @Schema(description = "De doelen ('Wat willen we bereiken?') van dit thema")
        List<ObjectiveJson> doelstellingen,

        @Schema(description = "De activiteiten van dit thema zelf, in de volgorde van het document")
        List<ActivityJson> activiteiten) {

    @Schema(name = "DoelstellingJson", description = "Een doel ('Wat willen we bereiken?')")
    record ObjectiveJson(long id, @Schema(nullable = true) String nummer, String tekst) {}

    /** Every theme in tree order, each with its own goals and activities. */
    static List<ThemeJson> of(List<ThemeRow> themes, List<ObjectiveRow> objectives, List<ActivityJson> activities) {
        Map<Long, List<ObjectiveJson>> goals = objectives.stream()
                .collect(Collectors.groupingBy(
                        ObjectiveRow::themeId,
                        Collectors.mapping(o -> new ObjectiveJson(o.id(), o.number(), o.text()), Collectors.toList())));
        Map<Long, List<ActivityJson>> byTheme =
                activities.stream().collect(Collectors.groupingBy(ActivityJson::themaId));
        return themes.stream()
                .map(t -> new ThemeJson(
                        t.id(),
                        t.code(),
                        t.name(),
                        t.parentId(),
                        t.kind(),
                        t.kernbeleidField(),
                        t.description(),
                        t.goal(),
                        t.lead(),
                        t.position(),
                        goals.getOrDefault(t.id(), List.of()),
                        byTheme.getOrDefault(t.id(), List.of())))
                .toList();
    }
}
