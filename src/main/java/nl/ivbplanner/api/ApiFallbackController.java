package nl.ivbplanner.api;

import nl.ivbplanner.web.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An address below {@code /api} that names no operation gets a problem, not the pages' HTML 404. */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void nothingHere() {
        throw new NotFoundException();
    }
}
