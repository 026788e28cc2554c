package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ivbplanner.api.ApiDocs;
import nl.ivbplanner.api.ApiPage;
import nl.ivbplanner.api.ApiPaths;
import nl.ivbplanner.api.Paging;
import nl.ivbplanner.evaluation.EvaluationStatus;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(PlanApiController.PLAN)
@Tag(name = "Uitvoeringsplannen", description = "Jaarlijkse uitvoeringsplannen met hun activiteiten en oordelen")
@SecurityRequirement(name = ApiDocs.KEY)
class PlanApiController {

    static final String PLAN = ApiPaths.V1 + "/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}";

    private final PlanApiService service;

    PlanApiController(PlanApiService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(
            summary = "Een uitvoeringsplan",
            description = "Het plan met zijn teksten, de thema's van het kader met doelen en activiteiten (doel, beoogd"
                    + " resultaat, trekker, planning, partners, oordeel en tussenstand met het label van de gemeente,"
                    + " overgenomen van), KPI's met metingen, begroting en formatie." + ApiDocs.READERS)
    @ApiResponse(responseCode = "200", description = "Het plan")
    PlanJson plan(
            @Parameter(description = "De gemeente, zoals in haar adres", example = "wassenaar")
                    @PathVariable("gemeente")
                    String municipality,
            @Parameter(description = "Het kader, zoals in zijn adres", example = "ivb-2024-2027") @PathVariable("kader")
                    String framework,
            @Parameter(description = "Het jaar van het plan", example = "2025") @PathVariable("jaar") int year) {
        return service.plan(new PlanAddress(municipality, framework, year));
    }

    @GetMapping("/activiteiten")
    @Operation(
            summary = "De activiteiten van een uitvoeringsplan",
            description = "De activiteiten in de volgorde van het document, per pagina; met een status alleen die met"
                    + " dat oordeel aan het eind van het jaar (NOT_EVALUATED: nog zonder)." + ApiDocs.READERS)
    @ApiResponse(responseCode = "200", description = "Een pagina activiteiten")
    ResponseEntity<ApiPage<ActivityJson>> activities(
            @Parameter(description = "De gemeente, zoals in haar adres", example = "wassenaar")
                    @PathVariable("gemeente")
                    String municipality,
            @Parameter(description = "Het kader, zoals in zijn adres", example = "ivb-2024-2027") @PathVariable("kader")
                    String framework,
            @Parameter(description = "Het jaar van het plan", example = "2025") @PathVariable("jaar") int year,
            @Parameter(description = "Alleen de activiteiten met dit oordeel aan het eind van het jaar")
                    @RequestParam(name = "status", required = false)
                    EvaluationStatus status,
            @Parameter(
                            description = ApiDocs.PAGE,
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            defaultValue = Paging.FIRST))
                    @RequestParam(name = Paging.PAGE, defaultValue = Paging.FIRST)
                    int page,
            @Parameter(
                            description = ApiDocs.SIZE,
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = Paging.DEFAULT_SIZE))
                    @RequestParam(name = Paging.SIZE, defaultValue = Paging.DEFAULT_SIZE)
                    int size) {
        return service.activities(new PlanAddress(municipality, framework, year), status, new Paging(page, size))
                .answer();
    }
}
