package nl.ivbplanner.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ivbplanner.api.ApiDocs;
import nl.ivbplanner.api.ApiInput;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An activity's interim status through the API: read its version, then replace it, with the evaluation page's
 * service, rules, access check and history. A version the client did not read is refused, never overwritten.
 */
@RestController
@Tag(name = "Tussenstanden", description = "Tussentijdse oordelen over de activiteiten van een vastgesteld plan.")
@SecurityRequirement(name = ApiDocs.KEY)
class InterimStatusApiController {

    static final String INTERIM_STATUS =
            "/api/v1/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}/activiteiten/{activiteit}/tussenstand";

    static final String CONFLICT_SCHEMA = "TussenstandConflict";

    private final EvaluationService evaluation;
    private final ApiInput input;

    InterimStatusApiController(EvaluationService evaluation, ApiInput input) {
        this.evaluation = evaluation;
        this.input = input;
    }

    @GetMapping(INTERIM_STATUS)
    @Operation(summary = "De tussenstand van een activiteit lezen", description = """
                    De tussenstand zoals opgeslagen, met de versie om bij een PUT mee te sturen; alles leeg als er \
                    nog geen is. Voor beleidsadviseurs en leidinggevenden van de gemeente, zolang het plan open \
                    staat voor evaluatie.""")
    @ApiResponse(
            responseCode = "200",
            description = "De tussenstand.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = InterimStatusResponse.class)))
    @ApiResponse(
            responseCode = "403",
            description = "De sleutel mag hier niet evalueren (een raadslid, of een andere gemeente).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "Het plan of de activiteit bestaat hier niet.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "Het plan staat niet open voor evaluatie (nog een concept, of de evaluatie is afgesloten).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    InterimStatusResponse read(
            @Parameter(description = "De gemeente, bijvoorbeeld rijswijk.") @PathVariable String gemeente,
            @Parameter(description = "Het beleidskader.") @PathVariable String kader,
            @Parameter(description = "Het jaar van het uitvoeringsplan.") @PathVariable int jaar,
            @Parameter(description = "De activiteit.") @PathVariable long activiteit) {
        return InterimStatusResponse.of(evaluation.row(address(gemeente, kader, jaar, activiteit)));
    }

    @PutMapping(INTERIM_STATUS)
    @Operation(summary = "De tussenstand van een activiteit geven of wijzigen", description = """
                    Slaat de tussenstand op zoals de evaluatiepagina (moment 'tussentijds') doet: met dezelfde regels \
                    en meldingen, en in de geschiedenis op naam van de gebruiker van de sleutel. Het eindoordeel \
                    blijft zoals het is. Stuur de versie mee die de GET gaf (geen als er nog geen tussenstand was); \
                    heeft iemand intussen opgeslagen, dan volgt 409 met de opgeslagen stand in 'opgeslagen'.""")
    @ApiResponse(
            responseCode = "200",
            description = "Opgeslagen; de tussenstand zoals nu opgeslagen.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = InterimStatusResponse.class)))
    @ApiResponse(
            responseCode = "403",
            description = "De sleutel mag hier niet evalueren (een raadslid, of een andere gemeente).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "Het plan of de activiteit bestaat hier niet.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = """
                    Intussen door iemand anders opgeslagen (de opgeslagen stand staat in 'opgeslagen'), of het plan \
                    staat niet open voor evaluatie ('detail' zegt waarom).""",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM_JSON,
                            schema = @Schema(ref = "#/components/schemas/" + CONFLICT_SCHEMA)))
    @ApiResponse(
            responseCode = "422",
            description = "Ongeldige invoer; 'fouten' noemt per veld wat er niet klopt.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.INVALID)))
    InterimStatusResponse save(
            @Parameter(description = "De gemeente, bijvoorbeeld rijswijk.") @PathVariable String gemeente,
            @Parameter(description = "Het beleidskader.") @PathVariable String kader,
            @Parameter(description = "Het jaar van het uitvoeringsplan.") @PathVariable int jaar,
            @Parameter(description = "De activiteit.") @PathVariable long activiteit,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody
                    InterimStatusRequest body) {
        EvaluationForm form = body.toForm();
        input.requireValid(form, InterimStatusRequest.BODY_NAMES);
        VerdictAddress address = address(gemeente, kader, jaar, activiteit);
        try {
            return InterimStatusResponse.of(evaluation.save(address, form));
        } catch (EditConflictException conflict) {
            // the page shows its colleague's row beside the input; a client gets the stored state as GET answers it
            throw new EditConflictException(InterimStatusResponse.of(evaluation.row(address)));
        }
    }

    private static VerdictAddress address(String gemeente, String kader, int jaar, long activiteit) {
        return new VerdictAddress(new PlanAddress(gemeente, kader, jaar), EvaluationMoment.INTERIM, activiteit);
    }
}
