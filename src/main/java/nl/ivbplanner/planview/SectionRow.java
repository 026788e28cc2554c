package nl.ivbplanner.planview;

/** A narrative section of a plan or framework. */
public record SectionRow(long id, Long themeId, short level, String heading, String body) {

    /** The anchor the report's table of contents links to. */
    public String anchor() {
        return "tekst-" + id;
    }
}
