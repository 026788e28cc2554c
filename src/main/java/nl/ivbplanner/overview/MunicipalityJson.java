package nl.ivbplanner.overview;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.ivbplanner.api.ApiPaths;
import nl.ivbplanner.overview.MunicipalityApiQueries.MunicipalityRow;

/** A municipality in the API's list of them. */
@Schema(name = "GemeenteJson", description = "Een gemeente")
record MunicipalityJson(
        @Schema(description = "De naam in adressen", example = "wassenaar")
        String slug,

        @Schema(example = "Wassenaar") String naam,

        @Schema(description = "De gemeentecode van het CBS", example = "GM0629")
        String cbsCode,

        @Schema(example = "Veiligheidsregio Haaglanden") String veiligheidsregio,

        @Schema(description = "Of vastgestelde plannen en kaders zonder sleutel te lezen zijn")
        boolean publiceertOpenbaar,

        @Schema(description = "Het adres van de gemeente in deze API", format = "uri-reference")
        String adres) {

    static MunicipalityJson of(MunicipalityRow row) {
        return new MunicipalityJson(
                row.slug(),
                row.name(),
                row.cbsCode(),
                row.safetyRegion(),
                row.publishPublicly(),
                ApiPaths.municipality(row.slug()));
    }
}
