package nl.ivbplanner.overview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.ivbplanner.api.ApiPaths;
import nl.ivbplanner.evaluation.LegendJson;
import nl.ivbplanner.framework.FrameworkAddress;
import nl.ivbplanner.framework.FrameworkKind;
import nl.ivbplanner.framework.FrameworkState;
import nl.ivbplanner.overview.MunicipalityApiQueries.FrameworkRow;

/** One municipality with the words of its legend and the frameworks the reader may see. */
@Schema(name = "GemeenteDetailJson", description = "Een gemeente met haar legenda en beleidskaders")
record MunicipalityDetailJson(
        @Schema(example = "wassenaar") String slug,
        @Schema(example = "Wassenaar") String naam,
        @Schema(example = "GM0629") String cbsCode,
        @Schema(example = "Veiligheidsregio Haaglanden") String veiligheidsregio,
        boolean publiceertOpenbaar,

        @Schema(description = "De oordelen in de woorden van de gemeente")
        List<LegendJson> legenda,

        @Schema(description = "De kaders, nieuwste periode eerst; concepten alleen voor haar medewerkers")
        List<FrameworkLinkJson> kaders) {

    @Schema(name = "KaderVerwijzingJson", description = "Een beleidskader in een lijst")
    record FrameworkLinkJson(
            @Schema(example = "ivb-2024-2027") String slug,
            String titel,
            FrameworkKind soort,
            int eersteJaar,
            int laatsteJaar,
            FrameworkState staat,
            @Schema(format = "uri-reference") String adres) {

        static FrameworkLinkJson of(String municipality, FrameworkRow row) {
            return new FrameworkLinkJson(
                    row.slug(),
                    row.title(),
                    row.kind(),
                    row.firstYear(),
                    row.lastYear(),
                    row.state(),
                    ApiPaths.of(new FrameworkAddress(municipality, row.slug())));
        }
    }
}
