package nl.ivbplanner.planview;

import java.util.List;

/** A narrative section of a plan or framework; {@code notPublic} ones are left out of what the public sees. */
public record SectionRow(long id, Long themeId, short level, String heading, String body, boolean notPublic) {

    /** The anchor the report's table of contents links to. */
    public String anchor() {
        return "tekst-" + id;
    }

    /** What anyone outside the municipality reads: without the sections marked 'niet openbaar' (V15). */
    public static List<SectionRow> publicOnly(List<SectionRow> sections) {
        return sections.stream().filter(s -> !s.notPublic()).toList();
    }
}
