package nl.ivbplanner.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents the problems every operation can answer, once, instead of on each controller method: the answers of
 * {@link ApiExceptionAdvice}, {@link ApiKeyFilter} and {@link ApiWriteLimit}, with the problem schemas that
 * {@link OpenApiConfiguration} declares. An operation's own description of a status wins.
 */
final class ProblemResponses implements OpenApiCustomizer {

    private static final Map<String, String> EVERY_OPERATION = ordered(
            "400", "De parameters of de JSON van het verzoek kloppen niet (probleem 'unreadable' of 'bad-parameter').",
            "401", "Geen geldige API-sleutel, terwijl het gegeven niet openbaar is; of een ingetrokken sleutel.",
            "403", "De sleutel geeft geen toegang tot dit gegeven of deze handeling.",
            "404", "Het adres of het gegeven bestaat niet.");

    private static final Map<String, String> WRITES = ordered(
            "409", "De toestand staat de wijziging nu niet toe, of iemand anders wijzigde het gegeven intussen.",
            "415", "Het verzoek is geen JSON.",
            "422", "De invoer breekt een regel; 'fouten' noemt per veld de melding die het formulier zou tonen.",
            "429", "Meer wijzigingen dan de sleutel per minuut mag; Retry-After zegt na hoeveel seconden weer.");

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().values()) {
            path.readOperationsMap().forEach((method, operation) -> {
                add(operation, EVERY_OPERATION);
                if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                    add(operation, WRITES);
                }
            });
        }
    }

    private static void add(Operation operation, Map<String, String> problems) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        problems.forEach((status, description) -> {
            if (!operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, problem(status, description));
            }
        });
    }

    static ApiResponse problem(String status, String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                ApiDocs.PROBLEM_JSON,
                                new MediaType()
                                        .schema(new Schema<>()
                                                .$ref(status.equals("422") ? ApiDocs.INVALID : ApiDocs.PROBLEM))));
    }

    private static Map<String, String> ordered(String... statusAndDescription) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statusAndDescription.length; i += 2) {
            map.put(statusAndDescription[i], statusAndDescription[i + 1]);
        }
        return map;
    }
}
