package nl.ivbplanner.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description as springdoc serves it at /api/v1/openapi.json, with Swagger UI at /api/docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String KEY = "apiSleutel";

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
                .components(new Components()
                        .addSecuritySchemes(
                                KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Persoonlijke API-sleutel (ivb_...)")));
    }
}
