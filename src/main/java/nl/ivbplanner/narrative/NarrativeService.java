package nl.ivbplanner.narrative;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.common.Positions.Direction;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanRemoval;
import nl.ivbplanner.web.ListEditor;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chapters and texts of a concept plan: list, add at a chosen place, edit, delete and reorder. Every use case
 * starts at {@link EditablePlans}, so access, the plan's municipality and its concept state are always checked.
 */
@Service
class NarrativeService implements ListEditor<PlanAddress, SectionForm> {

    private final EditablePlans plans;
    private final NarrativeSectionRepository sections;
    private final ThemeRepository themes;
    private final NarrativeQueries queries;

    NarrativeService(
            EditablePlans plans,
            NarrativeSectionRepository sections,
            ThemeRepository themes,
            NarrativeQueries queries) {
        this.plans = plans;
        this.sections = sections;
        this.themes = themes;
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public SectionsPage page(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new SectionsPage(plan.getTitle(), queries.sections(plan.getId()));
    }

    /** What the add and edit forms offer: the framework's themes and the plan's sections (to place a new one). */
    @Override
    @Transactional(readOnly = true)
    public FormChoices choices(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new FormChoices(
                plan.getTitle(), themes.findOptions(plan.getFrameworkId()), queries.sections(plan.getId()));
    }

    @Override
    public SectionForm emptyForm(Long parentId) {
        return SectionForm.empty();
    }

    /** Adds a section at the chosen place; the sections after it move one down. Returns the new section's id. */
    @Override
    @Transactional
    public long add(PlanAddress address, SectionForm form) {
        ExecutionPlan plan = plans.require(address);
        requireFrameworkTheme(plan, form.themeId());
        List<NarrativeSection> ordered = new ArrayList<>(sections.findByPlanIdOrderByPositionAscIdAsc(plan.getId()));
        int index = insertionIndex(ordered, form.plaats());
        NarrativeSection added = sections.save(new NarrativeSection(plan.getId(), index, form.toText()));
        ordered.add(index, added);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        return added.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public SectionForm form(PlanAddress address, long sectionId) {
        return SectionForm.of(section(plans.require(address), sectionId));
    }

    @Override
    @Transactional
    public void save(PlanAddress address, long sectionId, SectionForm form) {
        ExecutionPlan plan = plans.require(address);
        NarrativeSection section = section(plan, sectionId);
        section.requireVersion(form.version(), () -> SectionForm.of(section));
        requireFrameworkTheme(plan, form.themeId());
        section.revise(form.toText());
    }

    /** The confirmation page names the section by its heading, or the start of its body. */
    @Override
    @Transactional(readOnly = true)
    public SectionForm deletePage(PlanAddress address, long sectionId) {
        return form(address, sectionId);
    }

    @Override
    @Transactional
    public void delete(PlanAddress address, long sectionId) {
        sections.delete(section(plans.require(address), sectionId));
    }

    @Override
    @Transactional
    public void move(PlanAddress address, long sectionId, Direction direction) {
        ExecutionPlan plan = plans.require(address);
        NarrativeSection section = section(plan, sectionId);
        Positions.move(sections.findByPlanIdOrderByPositionAscIdAsc(plan.getId()), section, direction);
    }

    /** A deleted concept plan takes its chapters along, each deletion kept in the history. */
    @EventListener
    void remove(PlanRemoval removal) {
        sections.deleteAll(sections.findByPlanIdOrderByPositionAscIdAsc(removal.planId()));
    }

    private NarrativeSection section(ExecutionPlan plan, long sectionId) {
        return sections.findByIdAndPlanId(sectionId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private void requireFrameworkTheme(ExecutionPlan plan, Long themeId) {
        if (themeId != null && !themes.existsByIdAndFrameworkId(themeId, plan.getFrameworkId())) {
            throw new InvalidFormException("thema", "narrative.form.theme.unknown");
        }
    }

    private static int insertionIndex(List<NarrativeSection> ordered, String place) {
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
        throw new InvalidFormException("plaats", "narrative.form.place.unknown");
    }

    record SectionsPage(String planTitle, List<SectionRow> sections) {}

    record FormChoices(String planTitle, List<ThemeOption> themes, List<SectionRow> sections) {

        /** The label of a chosen theme, to show a colleague's stored choice; null when none. */
        public String themeLabel(String themeId) {
            return ThemeOption.labelOf(themes, themeId);
        }
    }
}
