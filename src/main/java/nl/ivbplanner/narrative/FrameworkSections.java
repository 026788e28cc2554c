package nl.ivbplanner.narrative;

import nl.ivbplanner.framework.EditableFrameworks;
import nl.ivbplanner.framework.FrameworkAddress;
import nl.ivbplanner.framework.PolicyFramework;
import nl.ivbplanner.framework.ThemeRepository;
import org.springframework.stereotype.Service;

/**
 * A framework's own texts (inleiding, chapters, annexes), written while it is a concept; every use case starts at
 * {@link EditableFrameworks}, so an adopted framework answers 409, as its own fields do.
 */
@Service
class FrameworkSections extends SectionEditor<FrameworkAddress> {

    private final EditableFrameworks frameworks;

    FrameworkSections(
            EditableFrameworks frameworks,
            NarrativeSectionRepository sections,
            ThemeRepository themes,
            NarrativeQueries queries) {
        super(sections, themes, queries);
        this.frameworks = frameworks;
    }

    @Override
    SectionOwner owner(FrameworkAddress address) {
        PolicyFramework framework = frameworks.require(address);
        return new SectionOwner(
                SectionOwner.Kind.FRAMEWORK, framework.getId(), framework.getId(), framework.getTitle());
    }
}
