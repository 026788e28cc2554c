package nl.ivbplanner.api;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's own OpenAPI description as the application serves it: parsed and checked by swagger-parser (the model the
 * requests are generated from, references resolved) and kept as JSON (the schemas each answer is validated against by
 * a JSON Schema 2020-12 validator, as OpenAPI 3.1 schemas are).
 */
final class ApiDescription {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String text;
    final SwaggerParseResult parsed;
    private final JsonNode tree;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    ApiDescription(String text) {
        this.text = text;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        this.parsed = new OpenAPIV3Parser().readContents(text, null, options);
        this.tree = JSON.readTree(text);
    }

    OpenAPI model() {
        return parsed.getOpenAPI();
    }

    List<DescribedOperation> operations() {
        List<DescribedOperation> operations = new ArrayList<>();
        model().getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) ->
                                operations.add(new DescribedOperation(method, path, operation))));
        return operations;
    }

    /**
     * The schema the description gives for the answer's status and media type, with the description's component
     * schemas as its definitions; empty when the status documents no body of that type.
     */
    Optional<Schema> answerSchema(DescribedOperation operation, String status, String mediaType) {
        JsonNode schema = tree.path("paths")
                .path(operation.path())
                .path(operation.method().name().toLowerCase())
                .path("responses")
                .path(status)
                .path("content")
                .path(mediaType)
                .path("schema");
        if (schema.isMissingNode()) {
            return Optional.empty();
        }
        String key = operation + " " + status + " " + mediaType;
        return Optional.of(compiled.computeIfAbsent(key, ignored -> {
            ObjectNode standalone = ((ObjectNode) schema).deepCopy();
            standalone.set("$defs", tree.path("components").path("schemas"));
            String text = JSON.writeValueAsString(standalone).replace("\"#/components/schemas/", "\"#/$defs/");
            return schemas.getSchema(text, InputFormat.JSON);
        }));
    }

    /** The media types the description documents for the answer's status (none for an answer without a body). */
    List<String> mediaTypes(DescribedOperation operation, String status) {
        List<String> types = new ArrayList<>();
        tree.path("paths")
                .path(operation.path())
                .path(operation.method().name().toLowerCase())
                .path("responses")
                .path(status)
                .path("content")
                .propertyNames()
                .forEach(types::add);
        return types;
    }

    static List<Error> violations(Schema schema, String body) {
        return schema.validate(JSON.readTree(body));
    }

    record DescribedOperation(PathItem.HttpMethod method, String path, Operation operation) {

        boolean writes() {
            return method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
