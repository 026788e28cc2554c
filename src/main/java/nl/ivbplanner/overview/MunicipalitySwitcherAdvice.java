package nl.ivbplanner.overview;

import java.util.List;
import nl.ivbplanner.municipality.Municipality;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header offers the municipalities the user may open. */
@ControllerAdvice
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
