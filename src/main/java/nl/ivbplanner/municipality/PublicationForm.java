package nl.ivbplanner.municipality;

import jakarta.validation.constraints.Pattern;

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
