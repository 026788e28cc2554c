package nl.ivbplanner.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description as springdoc serves it at /api/v1/openapi.json, with Swagger UI at /api/docs: the key's
 * security scheme and the problem schemas every operation's refusals refer to ({@link ApiDocs}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ivbPlannerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("IVB Planner API")
                        .version(ApiResponseHeaders.VERSION)
                        .description("""
                                Lezen wat een lezer mag zien (kaders, uitvoeringsplannen met thema's, doelen, \
                                activiteiten, partners, oordelen, KPI's met metingen, begroting en formatie) en \
                                metingen en tussenstanden schrijven. Vastgestelde en geëvalueerde plannen van een \
                                gemeente die openbaar publiceert zijn zonder sleutel te lezen; al het andere vraagt \
                                een persoonlijke API-sleutel (te maken op de pagina API-sleutels), meegestuurd als \
                                'Authorization: Bearer ivb_...'. Een sleutel handelt voor één gemeente met de rol \
                                van zijn gebruiker. Fouten zijn problem details (RFC 9457) in het Nederlands; \
                                schrijven is beperkt per sleutel per minuut (429 met Retry-After)."""))
                // relative: the Host header a client sends never ends up in a description a shared cache may keep
                .servers(List.of(new Server().url("/").description("Deze installatie van IVB Planner")))
                .components(new Components()
                        .addSecuritySchemes(
                                ApiDocs.KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Persoonlijke API-sleutel (ivb_...)"))
                        .addSchemas("Probleem", problem())
                        .addSchemas("OngeldigeInvoer", invalid()));
    }

    /** RFC 9457 as ApiProblems fills it; the type is a tag URI that names the kind of problem. */
    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("Een probleem volgens RFC 9457, in het Nederlands (of Engels met ?lang=en).")
                .addProperty("type", new StringSchema().format("uri").example(ApiProblems.TYPE_PREFIX + "not-found"))
                .addProperty("title", new StringSchema().example("Niet gevonden"))
                .addProperty(
                        "status",
                        new IntegerSchema()
                                .format("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .required(List.of("type", "title", "status", "detail"));
    }

    /** A 422: per refused field its name in the request body and the message the form shows next to it. */
    private static Schema<?> invalid() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("veld", new StringSchema().example("waarde"))
                .addProperty("melding", new StringSchema().example("Vul de gemeten waarde in."))
                .required(List.of("veld", "melding"));
        return new ComposedSchema()
                .addAllOfItem(new Schema<>().$ref(ApiDocs.PROBLEM))
                .addAllOfItem(new ObjectSchema()
                        .addProperty(
                                "fouten", new ArraySchema().items(fieldError).minItems(1))
                        .required(List.of("fouten")));
    }
}
