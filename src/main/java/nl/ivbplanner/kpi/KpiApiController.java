package nl.ivbplanner.kpi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ivbplanner.api.ApiDocs;
import nl.ivbplanner.api.ApiPaths;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "KPI's", description = "De KPI's van een uitvoeringsplan met hun metingen")
@SecurityRequirement(name = ApiDocs.KEY)
class KpiApiController {

    private final KpiApiService service;

    KpiApiController(KpiApiService service) {
        this.service = service;
    }

    @GetMapping(ApiPaths.V1 + "/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}/kpis/{kpi}")
    @Operation(
            summary = "Een KPI van een uitvoeringsplan",
            description = "De KPI met uitgangswaarde, streefwaarde en al zijn metingen in de tijd. Een KPI van een"
                    + " ander plan is op dit adres niet te vinden." + ApiDocs.READERS)
    @ApiResponse(responseCode = "200", description = "De KPI")
    KpiJson kpi(
            @Parameter(description = "De gemeente, zoals in haar adres", example = "wassenaar")
                    @PathVariable("gemeente")
                    String municipality,
            @Parameter(description = "Het kader, zoals in zijn adres", example = "ivb-2024-2027") @PathVariable("kader")
                    String framework,
            @Parameter(description = "Het jaar van het plan", example = "2025") @PathVariable("jaar") int year,
            @Parameter(description = "Het nummer van de KPI") @PathVariable("kpi") long kpi) {
        return service.ofPlan(new PlanAddress(municipality, framework, year), kpi);
    }

    @GetMapping(ApiPaths.V1 + "/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}/kpis/{kpi}/metingen/{meting}")
    @Operation(
            summary = "Een meting van een KPI",
            description = "Eén gemeten waarde van een KPI van het plan: waar het antwoord op een nieuwe meting naar"
                    + " wijst (Location)." + ApiDocs.READERS)
    @ApiResponse(responseCode = "200", description = "De meting")
    KpiJson.MeasurementJson measurement(
            @Parameter(description = "De gemeente, zoals in haar adres", example = "wassenaar")
                    @PathVariable("gemeente")
                    String municipality,
            @Parameter(description = "Het kader, zoals in zijn adres", example = "ivb-2024-2027") @PathVariable("kader")
                    String framework,
            @Parameter(description = "Het jaar van het plan", example = "2025") @PathVariable("jaar") int year,
            @Parameter(description = "Het nummer van de KPI") @PathVariable("kpi") long kpi,
            @Parameter(description = "Het nummer van de meting") @PathVariable("meting") long measurement) {
        return service.measurement(new PlanAddress(municipality, framework, year), kpi, measurement);
    }
}
