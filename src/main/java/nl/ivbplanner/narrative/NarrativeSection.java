package nl.ivbplanner.narrative;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * Prose of a plan or framework (inleiding, chapters, annexes) in document order. The body is plain text:
 * paragraphs separated by an empty line, list items on lines starting with "- ".
 */
@Entity
@Audited
public class NarrativeSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    private Long frameworkId;

    private Long themeId;

    private short level;

    private String heading;

    private String body;

    private int position;

    @Version
    private long version;

    protected NarrativeSection() {
    }

    public Long getId() {
        return id;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }
}
