package nl.ivbplanner.narrative;

/** A colleague saved the section after this form was opened; carries what is stored now. */
class StaleSectionException extends RuntimeException {

    private final transient SectionForm stored;

    StaleSectionException(SectionForm stored) {
        super("section changed by someone else");
        this.stored = stored;
    }

    SectionForm stored() {
        return stored;
    }
}
