package nl.ivbplanner.kpi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import nl.ivbplanner.api.ApiDocs;
import nl.ivbplanner.api.ApiInput;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * KPI measurements through the API, for systems that deliver figures (a police export, a monitor): the same
 * service, rules, access check and history as the measurements page, acting as the key's user.
 */
@RestController
@RequestMapping(MeasurementApiController.MEASUREMENTS)
@Tag(name = "Metingen", description = "Gemeten waarden van de KPI's van een uitvoeringsplan.")
@SecurityRequirement(name = ApiDocs.KEY)
class MeasurementApiController {

    private static final String API = "/api/v1";

    static final String MEASUREMENTS = API + "/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}/kpis/{kpi}/metingen";

    // the form's fields are named as the body's
    private static final Map<String, String> SAME_NAMES = Map.of();

    private final MeasurementService measurements;
    private final ApiInput input;

    MeasurementApiController(MeasurementService measurements, ApiInput input) {
        this.measurements = measurements;
        this.input = input;
    }

    @PostMapping
    @Operation(summary = "Een meting toevoegen", description = """
                    Voegt een gemeten waarde toe aan een KPI van het plan, zoals de pagina Metingen doet: met \
                    dezelfde regels en meldingen, en in de geschiedenis op naam van de gebruiker van de sleutel. \
                    Kan zolang het plan open staat voor metingen (concept of vastgesteld, tot de evaluatie is \
                    afgesloten), door beleidsadviseurs en leidinggevenden van de gemeente. Een KPI heeft één \
                    meting per periode en jaar: een tweede is een 422 op 'periode' (verwijder eerst de oude).""")
    @ApiResponse(
            responseCode = "201",
            description = "Opgeslagen; Location wijst de meting aan.",
            headers =
                    @Header(
                            name = "Location",
                            description = "Het adres van de nieuwe meting.",
                            schema = @Schema(type = "string", format = "uri-reference")),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = MeasurementResponse.class)))
    @ApiResponse(
            responseCode = "403",
            description = "De sleutel mag hier niet schrijven (een raadslid, of een andere gemeente).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "Het plan of de KPI bestaat hier niet.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "Het plan staat niet (meer) open voor metingen; 'detail' zegt waarom.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "422",
            description = "Ongeldige invoer; 'fouten' noemt per veld wat er niet klopt.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.INVALID)))
    ResponseEntity<MeasurementResponse> add(
            @Parameter(description = "De gemeente, bijvoorbeeld rijswijk.") @PathVariable String gemeente,
            @Parameter(description = "Het beleidskader.") @PathVariable String kader,
            @Parameter(description = "Het jaar van het uitvoeringsplan.") @PathVariable int jaar,
            @Parameter(description = "De KPI.") @PathVariable long kpi,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody
                    MeasurementRequest body) {
        MeasurementForm form = body.toForm();
        input.requireValid(form, SAME_NAMES);
        PlanAddress plan = new PlanAddress(gemeente, kader, jaar);
        Measurement stored = measurements.add(plan, kpi, form);
        // the API's addresses are the pages' below /api/v1; the slugs are those the plan was just found by
        URI location = URI.create(API + plan.url("kpis/" + kpi + "/metingen/" + stored.getId()));
        return ResponseEntity.created(location).body(MeasurementResponse.of(stored));
    }

    @DeleteMapping("/{meting}")
    @Operation(summary = "Een meting verwijderen", description = """
                    Verwijdert een meting van een KPI van het plan, zoals de pagina Metingen doet (de geschiedenis \
                    houdt haar), zolang het plan open staat voor metingen.""")
    @ApiResponse(responseCode = "204", description = "Verwijderd.")
    @ApiResponse(
            responseCode = "403",
            description = "De sleutel mag hier niet schrijven (een raadslid, of een andere gemeente).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "Het plan, de KPI of de meting bestaat hier niet.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "Het plan staat niet (meer) open voor metingen; 'detail' zegt waarom.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    ResponseEntity<Void> remove(
            @Parameter(description = "De gemeente, bijvoorbeeld rijswijk.") @PathVariable String gemeente,
            @Parameter(description = "Het beleidskader.") @PathVariable String kader,
            @Parameter(description = "Het jaar van het uitvoeringsplan.") @PathVariable int jaar,
            @Parameter(description = "De KPI.") @PathVariable long kpi,
            @Parameter(description = "De meting.") @PathVariable long meting) {
        measurements.remove(new PlanAddress(gemeente, kader, jaar), kpi, meting);
        return ResponseEntity.noContent().build();
    }
}
