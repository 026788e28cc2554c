package nl.ivbplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The API against its own OpenAPI description, over real HTTP: the description is valid OpenAPI 3.1, and for every
 * operation QuickTheories generates requests from it, within the schemas and outside them, with every kind of key,
 * and each answer must be one the operation documents, its body valid against the documented schema, never a 5xx.
 * Requests that are valid in every part must succeed. Writes commit, so the class shares the database of the form
 * fuzzing, whose hostile values no other class reads either (and whose odd texts make the answers' schemas earn
 * their keep).
 */
@IvbIntegrationTest
@TestPropertySource(properties = "ivb.test.own-database=fuzzed")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest {

    /** Per operation; with the fixed seed every run sends the same requests, so a failure is found again. */
    private static final int EXAMPLES = 60;

    private static final long SEED = 20261207L;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ApiDescription description;
    private List<Map<String, String>> existing;
    private Keys keys;

    @BeforeAll
    void describeAndPrepare() throws Exception {
        // an adopted plan open for measurements and interim verdicts, so that valid writes can succeed
        Given.in(jdbc).plan("ondermijning-2025-2028", 2026).adopted(LocalDate.of(2026, 2, 10));
        HttpResponse<String> document = send("GET", "/api/v1/openapi.json", null, null, null);
        assertThat(document.statusCode()).isEqualTo(200);
        description = new ApiDescription(document.body());
        keys = new Keys(jdbc);
        existing = jdbc.sql("""
                select m.slug as gemeente, f.slug as kader, p.year::text as jaar, p.state as staat,
                       m.publish_publicly::text as publiceert,
                       k.kpi::text as kpi, k.meting::text as meting,
                       (select min(a.id)::text from activity a where a.plan_id = p.id) as activiteit
                from execution_plan p
                join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                -- the plan's first KPI with a measurement (else its first KPI), and that measurement
                left join lateral (
                    select k.id as kpi, (select min(ms.id) from measurement ms where ms.kpi_id = k.id) as meting
                    from kpi k where k.plan_id = p.id
                    order by exists (select 1 from measurement ms where ms.kpi_id = k.id) desc, k.id
                    limit 1) k on true
                order by m.slug, f.slug, p.year""")
                .query((rs, row) -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        if (rs.getString(column) != null) {
                            values.put(rs.getMetaData().getColumnLabel(column), rs.getString(column));
                        }
                    }
                    return values;
                })
                .list();
    }

    @Test
    void theDescriptionIsValidOpenApi31WithEveryOperationDocumented() {
        assertThat(description.parsed.getMessages())
                .as("swagger-parser's findings")
                .isEmpty();
        assertThat(description.parsed.isOpenapi31()).isTrue();
        assertThat(description.model().getComponents().getSecuritySchemes()).containsKey(ApiDocs.KEY);
        assertThat(description.operations()).as("operations").hasSizeGreaterThanOrEqualTo(8);
        for (ApiDescription.DescribedOperation operation : description.operations()) {
            assertThat(operation.operation().getSummary())
                    .as(operation + " summary")
                    .isNotBlank();
            assertThat(operation.operation().getOperationId())
                    .as(operation + " operationId")
                    .isNotBlank();
            assertThat(operation.operation().getResponses().keySet())
                    .as(operation + " responses")
                    .anyMatch(status -> status.startsWith("2"))
                    .contains("400", "401", "403", "404");
        }
    }

    @Test
    void everyOperationAnswersAsDocumentedForGeneratedValidAndInvalidRequests() {
        List<ApiDescription.DescribedOperation> operations = description.operations();
        for (int i = 0; i < operations.size(); i++) {
            CallGenerator generator = new CallGenerator(operations.get(i), existing, keys);
            qt().withFixedSeed(SEED + i)
                    .withExamples(EXAMPLES)
                    .withShrinkCycles(30)
                    .forAll(generator.calls())
                    .checkAssert(call -> answersAsDocumented(call));
        }
    }

    /**
     * Not left to chance: every existing thing read with every kind of key, each answer as documented and the one that
     * the access rules give: what is published anyone reads, the rest its municipality's readers as their role reads
     * the pages (a council member no concept), interim statuses only its staff; a revoked or unknown key nothing.
     */
    @Test
    void everyReadOfEveryExistingPlanAnswersAsDocumentedAndAsTheAccessRulesSay() {
        for (ApiDescription.DescribedOperation operation : description.operations()) {
            if (operation.writes()) {
                continue;
            }
            for (Map<String, String> row : existing) {
                String address = operation.path();
                for (Map.Entry<String, String> value : row.entrySet()) {
                    address = address.replace("{" + value.getKey() + "}", value.getValue());
                }
                if (address.contains("{")) {
                    continue;
                }
                for (Keys.Holder holder : Keys.Holder.values()) {
                    int status = answersAsDocumented(new GeneratedCall(
                            operation,
                            address,
                            Map.of(),
                            keys.of(holder, row.get("gemeente")),
                            null,
                            null,
                            holder == Keys.Holder.OWN));
                    assertThat(status)
                            .as(
                                    "%s as %s (%s, published: %s)",
                                    address, holder, row.get("staat"), row.get("publiceert"))
                            .isIn(expected(operation, row, holder));
                }
            }
        }
    }

    private static List<Integer> expected(
            ApiDescription.DescribedOperation operation, Map<String, String> row, Keys.Holder holder) {
        if (holder == Keys.Holder.REVOKED || holder == Keys.Holder.NONSENSE) {
            return List.of(401);
        }
        String path = operation.path();
        boolean planPart = path.contains("/plannen/{jaar}");
        boolean concept = planPart && "CONCEPT".equals(row.get("staat"));
        boolean published = "true".equals(row.get("publiceert")) && !concept;
        if (path.endsWith("/tussenstand")) {
            return switch (holder) {
                // open for interim statuses only while adopted
                case OWN -> "VASTGESTELD".equals(row.get("staat")) ? List.of(200) : List.of(409);
                case NONE -> List.of(401);
                default -> List.of(403);
            };
        }
        // a measurement that existed may have been deleted by a generated request
        List<Integer> read = path.contains("{meting}") ? List.of(200, 404) : List.of(200);
        return switch (holder) {
            case OWN -> read;
            case COUNCIL -> concept ? List.of(403) : read;
            case NONE -> published ? read : List.of(401);
            default -> published ? read : List.of(403);
        };
    }

    /** The answer's status, once it is found to be one the operation documents, in a documented form. */
    private int answersAsDocumented(GeneratedCall call) {
        // each key may write 60 times a minute; the limit has its own test, here every write should reach the service
        jdbc.sql("update api_key set writes_in_window = 0").update();
        HttpResponse<String> answer;
        try {
            String query = call.query().isEmpty() ? "" : "?" + CallGenerator.queryString(call.query());
            answer = send(
                    call.operation().method().name(),
                    call.address() + query,
                    call.key(),
                    call.contentType(),
                    call.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(call + " got no answer", e);
        }
        int status = answer.statusCode();
        String what = call + " → " + status + " " + abbreviated(answer.body());
        assertThat(status).as(what).isLessThan(500);
        Set<String> documented = call.operation().operation().getResponses().keySet();
        assertThat(documented).as("documented statuses of " + what).contains(String.valueOf(status));
        if (call.valid()) {
            // a valid request may still meet a state that refuses it (a concept has no interim verdict to read yet),
            // and a measurement that existed may have been deleted by an earlier generated request
            boolean mayBeDeleted = call.operation().path().contains("{meting}");
            assertThat(status)
                    .as("a valid request: " + what)
                    .isIn(
                            call.operation().method() == PathItem.HttpMethod.DELETE
                                    ? List.of(204, 404, 409)
                                    : call.operation().writes()
                                            ? List.of(200, 201, 409, 422)
                                            : mayBeDeleted ? List.of(200, 404) : List.of(200, 409));
        }
        List<String> mediaTypes = description.mediaTypes(call.operation(), String.valueOf(status));
        if (answer.body().isEmpty()) {
            return status;
        }
        String contentType = answer.headers()
                .firstValue("Content-Type")
                .orElse("")
                .replaceFirst(";.*", "")
                .strip();
        assertThat(mediaTypes).as("documented media types of " + what).contains(contentType);
        description
                .answerSchema(call.operation(), String.valueOf(status), contentType)
                .ifPresent(schema -> assertThat(ApiDescription.violations(schema, answer.body()))
                        .as("schema violations of " + what)
                        .isEmpty());
        return status;
    }

    private HttpResponse<String> send(String method, String path, String key, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
