package nl.ivbplanner.planview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ivbplanner.api.ApiDocs;
import nl.ivbplanner.api.ApiPaths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kaders", description = "Meerjarige beleidskaders met hun thema's, doelen, KPI's, begroting en plannen")
@SecurityRequirement(name = ApiDocs.KEY)
class FrameworkApiController {

    private final PlanApiService service;

    FrameworkApiController(PlanApiService service) {
        this.service = service;
    }

    @GetMapping(ApiPaths.V1 + "/gemeenten/{gemeente}/kaders/{kader}")
    @Operation(
            summary = "Een beleidskader",
            description = "Het kader met zijn teksten, thema's (met veld van Kernbeleid Veiligheid, doel en regie),"
                    + " doelen, meerjarige lijnen, KPI's met metingen, begroting en uitvoeringsplannen."
                    + ApiDocs.READERS)
    @ApiResponse(responseCode = "200", description = "Het kader")
    FrameworkJson framework(
            @Parameter(description = "De gemeente, zoals in haar adres", example = "wassenaar")
                    @PathVariable("gemeente")
                    String municipality,
            @Parameter(description = "Het kader, zoals in zijn adres", example = "ivb-2024-2027") @PathVariable("kader")
                    String framework) {
        return service.framework(municipality, framework);
    }
}
