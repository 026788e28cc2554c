package nl.ivbplanner.narrative;

import jakarta.persistence.Entity;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * Prose of a plan or framework (inleiding, chapters, annexes) in document order. The body is plain text:
 * paragraphs separated by an empty line, list items on lines starting with "- ".
 */
@Entity
@Audited
public class NarrativeSection extends VersionedEntity {

    private Long planId;

    private Long frameworkId;

    private Long themeId;

    private short level;

    private String heading;

    private String body;

    private int position;

    protected NarrativeSection() {
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }
}
