package nl.ivbplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The description documents every answer a write can give, each refusal as a problem, and the bodies' required
 * fields and enums, so that a client (and the contract test) can rely on it.
 */
@IvbIntegrationTest
class ApiWriteDescriptionTest {

    private static final String PLAN = "/api/v1/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}";
    private static final String MEASUREMENTS = PLAN + "/kpis/{kpi}/metingen";
    private static final String INTERIM_STATUS = PLAN + "/activiteiten/{activiteit}/tussenstand";

    @Autowired
    MockMvc mvc;

    OpenAPI api;
    String json;

    @BeforeEach
    void readTheDescription() throws Exception {
        json = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, null);
        assertThat(parsed.getMessages()).isEmpty();
        api = parsed.getOpenAPI();
    }

    @Test
    void everyWriteDocumentsEveryAnswer() {
        Map<Operation, List<String>> answers = Map.of(
                api.getPaths().get(MEASUREMENTS).getPost(),
                        List.of("201", "400", "401", "403", "404", "409", "415", "422", "429"),
                api.getPaths().get(MEASUREMENTS + "/{meting}").getDelete(),
                        List.of("204", "400", "401", "403", "404", "409", "429"),
                api.getPaths().get(INTERIM_STATUS).getPut(),
                        List.of("200", "400", "401", "403", "404", "409", "415", "422", "429"),
                api.getPaths().get(INTERIM_STATUS).getGet(), List.of("200", "304", "400", "401", "403", "404", "409"));
        answers.forEach((operation, codes) -> {
            assertThat(operation.getResponses()).as(operation.getSummary()).containsOnlyKeys(codes);
            assertThat(operation.getSecurity()).as(operation.getSummary()).anyMatch(r -> r.containsKey("apiSleutel"));
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("4")) {
                    assertThat(response.getContent())
                            .as(operation.getSummary() + " " + code)
                            .containsOnlyKeys("application/problem+json");
                }
            });
        });
        assertThat(api.getPaths()
                        .get(MEASUREMENTS)
                        .getPost()
                        .getResponses()
                        .get("422")
                        .getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .endsWith("/OngeldigeInvoer");
        assertThat(api.getPaths()
                        .get(MEASUREMENTS)
                        .getPost()
                        .getResponses()
                        .get("201")
                        .getHeaders())
                .containsKey("Location");
        assertThat(api.getPaths()
                        .get(MEASUREMENTS)
                        .getPost()
                        .getResponses()
                        .get("429")
                        .getHeaders())
                .containsKey("Retry-After");
    }

    @Test
    void theBodiesNameTheirRequiredFieldsAndChoices() {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        assertThat(schemas.get("NieuweMeting").getRequired()).containsExactlyInAnyOrder("periode", "bron");
        assertThat(List.copyOf(
                        ((Schema<?>) schemas.get("NieuweMeting").getProperties().get("bron")).getEnum()))
                .map(Object::toString)
                .containsExactly("POLITIE", "VEILIGHEIDSMONITOR", "CBS", "EIGEN_REGISTRATIE", "ANDERS");
        assertThat(((Schema<?>) schemas.get("NieuweMeting").getProperties().get("peildatum")).getFormat())
                .isEqualTo("date");
        assertThat(schemas.get("NieuweTussenstand").getRequired()).containsExactly("status");
        assertThat(schemas).containsKeys("Meting", "Tussenstand", "TussenstandConflict", "Probleem");
    }
}
