package nl.ivbplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import nl.ivbplanner.support.ApiKeys;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read operations' description is a valid OpenAPI document, and their answers, good and bad, are what it says:
 * each status is one it lists, each body fits that status's schema (required members, null only where allowed, dates
 * as dates).
 */
@IvbIntegrationTest
class ReadApiDescriptionTest {

    static final String PLAN = "/api/v1/gemeenten/{gemeente}/kaders/{kader}/plannen/{jaar}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeKeys() {
        jdbc.sql("delete from api_key").update();
    }

    @Test
    void theDescriptionIsValidAndEveryAnswerFitsIt() throws Exception {
        String description = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(new OpenAPIV3Parser().readContents(description).getMessages())
                .isEmpty();
        JsonNode document = json.readTree(description);
        String wassenaar = "/api/v1/gemeenten/wassenaar";
        String evaluated = wassenaar + "/kaders/ivb-2024-2027/plannen/2025";
        String rijswijk = "/api/v1/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
        long kpi = jdbc.sql("""
                select k.id from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025
                order by k.id limit 1""").query(Long.class).single();
        String advisor = ApiKeys.make(jdbc, "adviseur.rijswijk");
        List<Answer> answers = List.of(
                new Answer("/api/v1/gemeenten", get("/api/v1/gemeenten"), 200),
                new Answer("/api/v1/gemeenten", get("/api/v1/gemeenten?pagina=0"), 400),
                new Answer("/api/v1/gemeenten/{gemeente}", get(wassenaar), 200),
                new Answer("/api/v1/gemeenten/{gemeente}", get("/api/v1/gemeenten/atlantis"), 404),
                new Answer(
                        "/api/v1/gemeenten/{gemeente}/kaders/{kader}", get(wassenaar + "/kaders/ivb-2024-2027"), 200),
                new Answer(
                        "/api/v1/gemeenten/{gemeente}/kaders/{kader}",
                        key(get("/api/v1/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022"), advisor),
                        200),
                new Answer(PLAN, get(evaluated), 200),
                new Answer(PLAN, key(get(rijswijk), advisor), 200),
                new Answer(PLAN, get(rijswijk), 401),
                new Answer(PLAN, key(get(wassenaar + "/kaders/ivb-2024-2027/plannen/2026"), advisor), 403),
                new Answer(PLAN, get(evaluated.replace("2025", "1999")), 404),
                new Answer(PLAN, get(evaluated.replace("2025", "jaar")), 400),
                new Answer(PLAN + "/activiteiten", get(evaluated + "/activiteiten?status=YELLOW"), 200),
                new Answer(PLAN + "/activiteiten", key(get(rijswijk + "/activiteiten?pagina=2"), advisor), 200),
                new Answer(PLAN + "/activiteiten", get(evaluated + "/activiteiten?paginaGrootte=500"), 400),
                new Answer(PLAN + "/kpis/{kpi}", get(evaluated + "/kpis/" + kpi), 200),
                new Answer(PLAN + "/kpis/{kpi}", get(evaluated + "/kpis/0"), 404),
                new Answer(PLAN + "/kpis/{kpi}", key(get(evaluated + "/kpis/" + kpi), "ivb_onbekend"), 401));
        for (Answer answer : answers) {
            MockHttpServletResponse response =
                    mvc.perform(answer.request).andReturn().getResponse();
            assertThat(response.getStatus()).as(answer.template).isEqualTo(answer.status);
            JsonNode documented = document.at("/paths/"
                    + answer.template.replace("~", "~0").replace("/", "~1") + "/get/responses/" + answer.status);
            assertThat(documented.isMissingNode())
                    .as("%s documents %d", answer.template, answer.status)
                    .isFalse();
            assertThat(response.getHeader("API-Version")).isEqualTo("1.0.0");
            JsonNode content =
                    documented.path("content").properties().iterator().next().getValue();
            ObjectNode schema = json.createObjectNode();
            schema.set("components", document.get("components"));
            schema.setAll((ObjectNode) content.get("schema"));
            List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(json.writeValueAsString(schema))
                    .validate(
                            json.readTree(response.getContentAsString()),
                            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
            assertThat(errors).as("%s %d", answer.template, answer.status).isEmpty();
        }
    }

    private static MockHttpServletRequestBuilder key(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private record Answer(String template, MockHttpServletRequestBuilder request, int status) {}
}
