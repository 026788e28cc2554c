package nl.ivbplanner.narrative;

import jakarta.persistence.Entity;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * Prose of a plan or framework (inleiding, chapters, annexes) in document order. The body is plain text:
 * paragraphs separated by an empty line, list items on lines starting with "- ".
 */
@Entity
@Audited
public class NarrativeSection extends VersionedEntity implements Positioned {

    private Long planId;

    private Long frameworkId;

    private Long themeId;

    private short level;

    private String heading;

    private String body;

    private int position;

    /** Left out of every public report and page (an ondermijning plan's confidential parts). */
    private boolean notPublic;

    protected NarrativeSection() {}

    /** A new section of a yearly plan or a framework at a place in its document order. */
    NarrativeSection(SectionOwner owner, int position, SectionText text) {
        if (owner.kind() == SectionOwner.Kind.PLAN) {
            this.planId = owner.id();
        } else {
            this.frameworkId = owner.id();
        }
        this.position = position;
        revise(text);
    }

    void revise(SectionText text) {
        level = text.level();
        heading = text.heading();
        body = text.body();
        themeId = text.themeId();
        notPublic = text.notPublic();
    }

    /** Document order is kept as consecutive positions; unchanged values cause no update. */
    @Override
    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public short getLevel() {
        return level;
    }

    public String getHeading() {
        return heading;
    }

    public boolean isNotPublic() {
        return notPublic;
    }

    public String getBody() {
        return body;
    }

    @Override
    public int getPosition() {
        return position;
    }
}
