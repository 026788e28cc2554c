package nl.ivbplanner.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * What every operation's description says alike, added here so that none forgets it and the description stays what
 * the answers are: the problems of {@link ApiExceptionAdvice} (400, 403, 404; for a write 409, 415, 422, 429), the 401
 * that any request with a wrong key gets, the {@code API-Version} header
 * of every answer, and for every read the ETag, the 304 on {@code If-None-Match} and that the key is optional (a
 * published resource needs none). A response record ({@code ...Json}) always has all its members, some null: they
 * are all required, a nullable one allows null.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

    private static final Map<String, String> EVERY_OPERATION =
            Map.of("400", ApiDocs.BAD_REQUEST, "403", ApiDocs.FORBIDDEN, "404", ApiDocs.NOT_FOUND);

    private static final Map<String, String> EVERY_WRITE = Map.of(
            "409", "De toestand staat de wijziging nu niet toe, of iemand anders wijzigde het gegeven intussen",
            "429", "Meer wijzigingen dan de sleutel per minuut mag; Retry-After zegt na hoeveel seconden weer");

    private static final Map<String, String> EVERY_BODY = Map.of(
            "415", "Het verzoek is geen JSON",
            "422", "De invoer breekt een regel; 'fouten' noemt per veld de melding die het formulier zou tonen");

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("Json") || name.startsWith("ApiPage")) {
                allRequired(schema);
            }
            nullableEnumsAllowNull(schema);
        });
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperationsMap().forEach(this::describe));
    }

    private void describe(PathItem.HttpMethod method, Operation operation) {
        boolean read = method == PathItem.HttpMethod.GET;
        addProblems(operation, EVERY_OPERATION);
        if (!read) {
            addProblems(operation, EVERY_WRITE);
        }
        if (operation.getRequestBody() != null) {
            addProblems(operation, EVERY_BODY);
        }
        operation
                .getResponses()
                .computeIfAbsent(
                        "401",
                        status -> problemResponse(
                                        read
                                                ? "Niet gepubliceerd en zonder sleutel gevraagd, of de sleutel is ongeldig of"
                                                        + " ingetrokken"
                                                : "Zonder sleutel, of met een ongeldige of ingetrokken sleutel")
                                .addHeaderObject(
                                        HttpHeaders.WWW_AUTHENTICATE,
                                        header("Bearer, met error=\"invalid_token\" voor een ongeldige sleutel")));
        if (read) {
            operation.addParametersItem(new Parameter()
                    .in("header")
                    .name(HttpHeaders.IF_NONE_MATCH)
                    .required(false)
                    .description("De ETag van een eerder antwoord: is het niet veranderd, dan volgt 304 zonder inhoud")
                    .schema(string()));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(HttpHeaders.ETAG, header("Verandert als het antwoord verandert"));
                    response.addHeaderObject(
                            HttpHeaders.CACHE_CONTROL,
                            header(
                                    "no-cache; met een sleutel private, no-cache (een gedeelde cache bewaart het niet)"));
                    if (pages(response)) {
                        response.addHeaderObject(
                                HttpHeaders.LINK,
                                header("De volgende (rel=\"next\") en vorige (rel=\"prev\") pagina, waar die er zijn"));
                    }
                }
            });
            operation
                    .getResponses()
                    .addApiResponse(
                            "304",
                            new ApiResponse()
                                    .description("Niet veranderd sinds de ETag in If-None-Match")
                                    .addHeaderObject(HttpHeaders.ETAG, header("De ETag van het antwoord")));
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                // the key is optional: without one, what is published can be read
                List<SecurityRequirement> security = new ArrayList<>(operation.getSecurity());
                security.add(new SecurityRequirement());
                operation.setSecurity(security);
            }
        }
        operation
                .getResponses()
                .values()
                .forEach(response -> response.addHeaderObject(
                        ApiResponseHeaders.VERSION_HEADER,
                        header("De volledige versie van de API (" + ApiResponseHeaders.VERSION + ")")));
    }

    private static boolean pages(ApiResponse response) {
        return response.getContent() != null
                && response.getContent().values().stream()
                        .anyMatch(media -> media.getSchema() != null
                                && media.getSchema().get$ref() != null
                                && media.getSchema().get$ref().contains("ApiPage"));
    }

    /**
     * All members required and no others; a nullable reference to another schema as "that or null" (a reference beside
     * {@code type: null} would mean both at once).
     */
    @SuppressWarnings("rawtypes")
    private static void allRequired(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        schema.setRequired(new ArrayList<>(properties.keySet()));
        // and nothing else: an answer with a member the description does not name fails the contract test
        schema.setAdditionalProperties(false);
        properties.replaceAll((name, property) -> property.get$ref() != null
                        && property.getTypes() != null
                        && property.getTypes().contains("null")
                ? new Schema<>()
                        .description(property.getDescription())
                        .oneOf(List.of(new Schema<>().$ref(property.get$ref()), typed("null")))
                : property);
    }

    /** A nullable enumeration has null among its values: JSON Schema checks a value against the enum as well. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableEnumsAllowNull(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.values().forEach(property -> {
            if (property.getEnum() != null
                    && property.getTypes() != null
                    && property.getTypes().contains("null")
                    && !property.getEnum().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnum());
                values.add(null);
                ((Schema<Object>) property).setEnum(values);
            }
        });
    }

    private static ApiResponse problemResponse(String description) {
        return problemResponse(description, ApiDocs.PROBLEM);
    }

    private static ApiResponse problemResponse(String description, String schema) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(ApiDocs.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(schema))));
    }

    /** The refusals of {@link ApiExceptionAdvice} and {@link ApiWriteLimit}, unless the operation describes its own. */
    private static void addProblems(Operation operation, Map<String, String> problems) {
        problems.forEach((status, description) -> operation.getResponses().computeIfAbsent(status, ignored -> {
            ApiResponse response =
                    problemResponse(description, status.equals("422") ? ApiDocs.INVALID : ApiDocs.PROBLEM);
            return status.equals("429")
                    ? response.addHeaderObject(
                            HttpHeaders.RETRY_AFTER, header("Na hoeveel seconden de sleutel weer mag schrijven"))
                    : response;
        }));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(string());
    }

    private static Schema<?> string() {
        return typed("string");
    }

    private static Schema<?> typed(String type) {
        Schema<?> schema = new Schema<>();
        schema.addType(type);
        return schema;
    }
}
