package nl.ivbplanner.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.common.Positions.Direction;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.web.ListEditor;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chapters and texts of a concept plan or a concept framework: list, add at a chosen place, edit, delete and
 * reorder, written once for both. A subclass finds the owner at its address through the owner's one way in for
 * changes, so access, the municipality and the concept state are always checked before anything else.
 */
abstract class SectionEditor<A> implements ListEditor<A, SectionForm> {

    private final NarrativeSectionRepository sections;
    private final ThemeRepository themes;
    private final NarrativeQueries queries;

    SectionEditor(NarrativeSectionRepository sections, ThemeRepository themes, NarrativeQueries queries) {
        this.sections = sections;
        this.themes = themes;
        this.queries = queries;
    }

    /** The owner at the address, once access and its concept state are checked (else 403, 404 or 409). */
    abstract SectionOwner owner(A address);

    @Override
    @Transactional(readOnly = true)
    public SectionsPage page(A address) {
        SectionOwner owner = owner(address);
        return new SectionsPage(owner.title(), queries.sections(owner));
    }

    /** What the add and edit forms offer: the framework's themes and the owner's sections (to place a new one). */
    @Override
    @Transactional(readOnly = true)
    public FormChoices choices(A address) {
        SectionOwner owner = owner(address);
        return new FormChoices(owner.title(), themes.findOptions(owner.themeFrameworkId()), queries.sections(owner));
    }

    @Override
    public SectionForm emptyForm(Long parentId) {
        return SectionForm.empty();
    }

    /** Adds a section at the chosen place; the sections after it move one down. Returns the new section's id. */
    @Override
    @Transactional
    public long add(A address, SectionForm form) {
        SectionOwner owner = owner(address);
        requireFrameworkTheme(owner, form.themeId());
        List<NarrativeSection> ordered = new ArrayList<>(ordered(owner));
        int index = insertionIndex(ordered, form.plaats(), owner);
        NarrativeSection added = sections.save(new NarrativeSection(owner, index, form.toText()));
        ordered.add(index, added);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        return added.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public SectionForm form(A address, long sectionId) {
        return SectionForm.of(section(owner(address), sectionId));
    }

    @Override
    @Transactional
    public void save(A address, long sectionId, SectionForm form) {
        SectionOwner owner = owner(address);
        NarrativeSection section = section(owner, sectionId);
        section.requireVersion(form.version(), () -> SectionForm.of(section));
        requireFrameworkTheme(owner, form.themeId());
        section.revise(form.toText());
    }

    /** The confirmation page names the section by its heading, or the start of its body. */
    @Override
    @Transactional(readOnly = true)
    public SectionForm deletePage(A address, long sectionId) {
        return form(address, sectionId);
    }

    @Override
    @Transactional
    public void delete(A address, long sectionId) {
        sections.delete(section(owner(address), sectionId));
    }

    @Override
    @Transactional
    public void move(A address, long sectionId, Direction direction) {
        SectionOwner owner = owner(address);
        NarrativeSection section = section(owner, sectionId);
        Positions.move(ordered(owner), section, direction);
    }

    /** The owner's sections in document order. */
    List<NarrativeSection> ordered(SectionOwner owner) {
        return owner.kind() == SectionOwner.Kind.PLAN
                ? sections.findByPlanIdOrderByPositionAscIdAsc(owner.id())
                : sections.findByFrameworkIdOrderByPositionAscIdAsc(owner.id());
    }

    private NarrativeSection section(SectionOwner owner, long sectionId) {
        Optional<NarrativeSection> found = owner.kind() == SectionOwner.Kind.PLAN
                ? sections.findByIdAndPlanId(sectionId, owner.id())
                : sections.findByIdAndFrameworkId(sectionId, owner.id());
        return found.orElseThrow(NotFoundException::new);
    }

    private void requireFrameworkTheme(SectionOwner owner, Long themeId) {
        if (themeId != null && !themes.existsByIdAndFrameworkId(themeId, owner.themeFrameworkId())) {
            throw new InvalidFormException("thema", owner.kind().key("form.theme.unknown"));
        }
    }

    private static int insertionIndex(List<NarrativeSection> ordered, String place, SectionOwner owner) {
        if (SectionForm.AT_BEGINNING.equals(place)) {
            return 0;
        }
        if (place == null || SectionForm.AT_END.equals(place)) {
            return ordered.size();
        }
        long after = Long.parseLong(place);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == after) {
                return i + 1;
            }
        }
        throw new InvalidFormException("plaats", owner.kind().key("form.place.unknown"));
    }

    record SectionsPage(String ownerTitle, List<SectionRow> sections) {}

    record FormChoices(String ownerTitle, List<ThemeOption> themes, List<SectionRow> sections) {

        /** The label of a chosen theme, to show a colleague's stored choice; null when none. */
        public String themeLabel(String themeId) {
            return ThemeOption.labelOf(themes, themeId);
        }
    }
}
