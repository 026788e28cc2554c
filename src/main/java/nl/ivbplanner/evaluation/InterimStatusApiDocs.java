package nl.ivbplanner.evaluation;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import nl.ivbplanner.api.ApiDocs;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema of the interim status's 409: a problem, with the stored interim status when someone saved in between
 * (absent when the plan's state refused the change).
 */
@Configuration(proxyBeanMethods = false)
class InterimStatusApiDocs {

    @Bean
    OpenApiCustomizer interimStatusConflict() {
        return api -> api.getComponents()
                .addSchemas(
                        InterimStatusApiController.CONFLICT_SCHEMA,
                        new ComposedSchema()
                                .addAllOfItem(new Schema<>().$ref(ApiDocs.PROBLEM))
                                .addAllOfItem(new ObjectSchema()
                                        .addProperty(
                                                "opgeslagen",
                                                new Schema<>().$ref("#/components/schemas/Tussenstand"))));
    }
}
