package nl.ivbplanner.planview;

/** A narrative section of a plan or framework; {@code notPublic} ones are left out of what the public sees. */
public record SectionRow(long id, Long themeId, short level, String heading, String body, boolean notPublic) {

    /** The anchor the report's table of contents links to. */
    public String anchor() {
        return "tekst-" + id;
    }
}
