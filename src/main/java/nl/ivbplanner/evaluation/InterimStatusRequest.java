package nl.ivbplanner.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * An interim verdict as the API receives it. It becomes the evaluation page's {@link EvaluationForm}, so both are
 * checked by the same rules; the version is the one the client last read, as the page's hidden field carries it.
 */
@Schema(name = "NieuweTussenstand", description = "De tussenstand van een activiteit.")
record InterimStatusRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"GREEN", "YELLOW", "RED"},
                description = "Het oordeel; het label ervan staat in de legenda van de gemeente.",
                example = "YELLOW")
        String status,

        @Schema(
                maxLength = 10000,
                description = "Het resultaat tot nu toe; verplicht bij YELLOW en RED.",
                example = "De eerste twee bijeenkomsten zijn gehouden; de derde volgt in maart.")
        String resultaat,

        @Schema(
                nullable = true,
                minimum = "0",
                format = "int64",
                description = "De versie die u het laatst las (GET); weglaten of null als er nog geen"
                        + " tussenstand was. Is de opgeslagen versie intussen een andere, dan volgt 409.",
                example = "3")
        Long versie) {

    /** The form's fields that the body names otherwise. */
    static final Map<String, String> BODY_NAMES = Map.of("oordeel", "status", "version", "versie");

    EvaluationForm toForm() {
        return new EvaluationForm(status, resultaat, versie == null ? null : versie.toString());
    }
}
