package nl.ivbplanner.narrative;

import java.util.List;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the chapters of an imported document into a concept plan, inside the import's transaction (which has checked
 * access and that the plan is a concept): new ones after the plan's own sections in document order, a changed text
 * into the section of the same heading. A heading deeper than a sub-paragraph becomes a sub-paragraph.
 */
@Component
public class ImportedSections {

    private static final int DEEPEST = 3;

    private final NarrativeSectionRepository sections;

    ImportedSections(NarrativeSectionRepository sections) {
        this.sections = sections;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long planId, String planTitle, long frameworkId, List<Chapter> chapters) {
        SectionOwner owner = new SectionOwner(SectionOwner.Kind.PLAN, planId, frameworkId, planTitle);
        int position = sections.findByPlanIdOrderByPositionAscIdAsc(planId).size();
        for (Chapter chapter : chapters) {
            sections.save(new NarrativeSection(owner, position++, text(chapter, chapter.themeId(), false)));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(long planId, long sectionId, Chapter chapter) {
        NarrativeSection section = sections.findById(sectionId)
                .filter(s -> Long.valueOf(planId).equals(s.getPlanId()))
                .orElseThrow(NotFoundException::new);
        section.revise(text(chapter, section.getThemeId(), section.isNotPublic()));
    }

    /**
     * A chapter as the document has it: the theme it is about (or none), heading level (1 = chapter), heading (or
     * none) and plain-text body. A revised section keeps its own theme.
     */
    public record Chapter(Long themeId, int level, String heading, String body) {}

    private static SectionText text(Chapter chapter, Long themeId, boolean notPublic) {
        return new SectionText(
                (short) Math.max(1, Math.min(DEEPEST, chapter.level())),
                chapter.heading(),
                chapter.body() == null ? "" : chapter.body(),
                themeId,
                notPublic);
    }
}
