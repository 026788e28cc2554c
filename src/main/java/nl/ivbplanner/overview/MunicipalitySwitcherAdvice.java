package nl.ivbplanner.overview;

import jakarta.servlet.http.HttpServletRequest;
import nl.ivbplanner.api.ApiPaths;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's header offers the municipalities the user may open (with many, a link to the home page's list). Not
 * the error pages (Spring Boot's error controller is outside this package): they must render while the database is
 * unreachable.
 */
@ControllerAdvice(basePackages = "nl.ivbplanner")
class MunicipalitySwitcherAdvice {

    private final OverviewService overviews;

    MunicipalitySwitcherAdvice(OverviewService overviews) {
        this.overviews = overviews;
    }

    /** Not for the API's answers, which have no header to offer them in: no statement for them. */
    @ModelAttribute("switchableMunicipalities")
    SwitchableMunicipalities switchableMunicipalities(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + ApiPaths.V1 + "/")
                ? null
                : overviews.switchableMunicipalities();
    }
}
