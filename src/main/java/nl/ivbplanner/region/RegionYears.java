package nl.ivbplanner.region;

import java.util.List;
import nl.ivbplanner.web.NotFoundException;

/**
 * The years the region can be read for, newest first, and which one an address asks for: {@code ?jaar=2025}, {@code
 * ?jaar=alle} (null: every year), or nothing for the newest year with an adopted plan.
 */
record RegionYears(List<RegionYear> years) {

    static final String ALL = "alle";

    /** The newest year a plan was adopted for; without one the newest framework year; without any, every year. */
    Integer standard() {
        return years.stream()
                .filter(RegionYear::planYear)
                .findFirst()
                .or(() -> years.stream().findFirst())
                .map(RegionYear::year)
                .orElse(null);
    }

    /** A year the region has nothing for, or no year at all, is not a page. */
    Integer chosen(String requested) {
        if (requested == null || requested.isBlank()) {
            return standard();
        }
        if (requested.equals(ALL)) {
            return null;
        }
        return years.stream()
                .map(RegionYear::year)
                .filter(year -> String.valueOf(year).equals(requested))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
