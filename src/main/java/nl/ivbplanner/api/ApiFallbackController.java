package nl.ivbplanner.api;

import nl.ivbplanner.web.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address below {@code /api} that names no operation gets a problem, not the pages' HTML 404. Swagger UI's own
 * files (below {@code /api/swagger-ui}, where springdoc serves them for the UI at /api/docs) are left to their
 * resource handler, which comes after every controller.
 */
@RestController
class ApiFallbackController {

    @RequestMapping({"/api", "/api/{first:(?!swagger-ui$).+}/**"})
    void nothingHere() {
        throw new NotFoundException();
    }
}
