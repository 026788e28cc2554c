package nl.ivbplanner.overview;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.V1 + "/gemeenten")
@Tag(name = "Gemeenten", description = "De gemeenten, hun legenda en hun beleidskaders")
@SecurityRequirement(name = ApiDocs.KEY)
class MunicipalityApiController {

    private final MunicipalityApiService service;

    MunicipalityApiController(MunicipalityApiService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(
            summary = "Gemeenten",
            description = "De gemeenten die openbaar publiceren, en met een sleutel ook die van de sleutel; op naam.")
    @ApiResponse(responseCode = "200", description = "Een pagina gemeenten")
    ResponseEntity<ApiPage<MunicipalityJson>> municipalities(
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
        return service.page(new Paging(page, size)).answer();
    }

    @GetMapping("/{gemeente}")
    @Operation(
            summary = "Een gemeente",
            description = "De gemeente met de woorden van haar legenda en haar beleidskaders." + ApiDocs.READERS)
    @ApiResponse(responseCode = "200", description = "De gemeente")
    MunicipalityDetailJson municipality(
            @Parameter(description = "De gemeente, zoals in haar adres", example = "wassenaar")
                    @PathVariable("gemeente")
                    String municipality) {
        return service.municipality(municipality);
    }
}
