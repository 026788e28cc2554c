package nl.ivbplanner.overview;

import java.util.List;
import nl.ivbplanner.municipality.Municipality;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's header offers the municipalities the user may open. Not the error pages (Spring Boot's error
 * controller is outside this package): they must render while the database is unreachable.
 */
@ControllerAdvice(basePackages = "nl.ivbplanner")
class MunicipalitySwitcherAdvice {

    private final OverviewService overviews;

    MunicipalitySwitcherAdvice(OverviewService overviews) {
        this.overviews = overviews;
    }

    @ModelAttribute("switchableMunicipalities")
    List<Municipality> switchableMunicipalities() {
        return overviews.visibleMunicipalities();
    }
}
