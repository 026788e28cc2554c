package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A narrative section of a plan or framework, as the API gives it. */
@Schema(name = "TekstJson", description = "Een tekst van een plan of kader (inleiding, evaluatie, bijlage)")
record SectionJson(
        long id,

        @Schema(description = "Het thema waar de tekst bij hoort", nullable = true)
        Long themaId,

        @Schema(description = "Het niveau van de kop, 1 voor een hoofdstuk")
        short niveau,

        @Schema(nullable = true) String kop,
        @Schema(nullable = true) String tekst,

        @Schema(description = "Gemarkeerd als niet openbaar: alleen lezers van de gemeente krijgen deze tekst")
        boolean nietOpenbaar) {

    static List<SectionJson> of(List<SectionRow> sections) {
        return sections.stream()
                .map(s -> new SectionJson(s.id(), s.themeId(), s.level(), s.heading(), s.body(), s.notPublic()))
                .toList();
    }
}
