package nl.ivbplanner.overview;

import java.util.List;
import nl.ivbplanner.municipality.Municipality;

/**
 * The header's municipality switcher: a select with the municipalities the user may open, or, when they are too many
 * for one ({@code many}), a link to the home page's list.
 */
record SwitchableMunicipalities(List<Municipality> options, boolean many) {

    /** A switcher only for someone with a choice to make. */
    public boolean offered() {
        return many || options.size() > 1;
    }
}
