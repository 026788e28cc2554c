package nl.ivbplanner.municipalityadmin;

import jakarta.validation.constraints.Pattern;
import nl.ivbplanner.municipality.Municipality;

/** The 'openbaar publiceren' switch: a ticked box sends {@code ja}, an unticked one nothing. */
record PublicationForm(@Pattern(regexp = "ja") String openbaar, Long version) {

    static PublicationForm of(Municipality municipality) {
        return new PublicationForm(municipality.isPublishPublicly() ? "ja" : null, municipality.getVersion());
    }

    /** Public, for the template. */
    public boolean publicly() {
        return "ja".equals(openbaar);
    }
}
