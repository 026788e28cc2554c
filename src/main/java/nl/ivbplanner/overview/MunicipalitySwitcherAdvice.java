package nl.ivbplanner.overview;

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

    @ModelAttribute("switchableMunicipalities")
    SwitchableMunicipalities switchableMunicipalities() {
        return overviews.switchableMunicipalities();
    }
}
