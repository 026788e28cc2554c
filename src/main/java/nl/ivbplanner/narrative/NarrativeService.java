package nl.ivbplanner.narrative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chapters and texts of a concept plan: list, add at a chosen place, edit, delete and reorder. Every use case
 * starts at {@link EditablePlans}, so access, the plan's municipality and its concept state are always checked.
 */
@Service
class NarrativeService {

    private final EditablePlans plans;
    private final NarrativeSectionRepository sections;
    private final ThemeRepository themes;
    private final NarrativeQueries queries;

    NarrativeService(EditablePlans plans, NarrativeSectionRepository sections, ThemeRepository themes,
            NarrativeQueries queries) {
        this.plans = plans;
        this.sections = sections;
        this.themes = themes;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    SectionsPage page(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        return new SectionsPage(plan.getTitle(), queries.sections(plan.getId()));
    }

    /** What the add and edit forms offer: the framework's themes and the plan's sections (to place a new one). */
    @Transactional(readOnly = true)
    FormChoices choices(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        return new FormChoices(plan.getTitle(), themes.findOptions(plan.getFrameworkId()), queries.sections(plan.getId()));
    }

    /** Adds a section at the chosen place; the sections after it move one down. Returns the new section's id. */
    @Transactional
    long add(String municipalitySlug, String frameworkSlug, int year, SectionForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        requireFrameworkTheme(plan, form.themeId());
        List<NarrativeSection> ordered = new ArrayList<>(sections.findByPlanIdOrderByPositionAscIdAsc(plan.getId()));
        int index = insertionIndex(ordered, form.place());
        NarrativeSection added = sections.save(new NarrativeSection(plan.getId(), index, form.toText()));
        ordered.add(index, added);
        renumber(ordered);
        return added.getId();
    }

    @Transactional(readOnly = true)
    SectionForm form(String municipalitySlug, String frameworkSlug, int year, long sectionId) {
        return SectionForm.of(section(plans.require(municipalitySlug, frameworkSlug, year), sectionId));
    }

    @Transactional
    void save(String municipalitySlug, String frameworkSlug, int year, long sectionId, SectionForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        NarrativeSection section = section(plan, sectionId);
        if (form.version() == null || section.getVersion() != form.version()) {
            throw new StaleSectionException(SectionForm.of(section));
        }
        requireFrameworkTheme(plan, form.themeId());
        section.revise(form.toText());
    }

    @Transactional
    void delete(String municipalitySlug, String frameworkSlug, int year, long sectionId) {
        sections.delete(section(plans.require(municipalitySlug, frameworkSlug, year), sectionId));
    }

    /** Swaps a section with its neighbour above (step -1) or below (step +1); at either end nothing changes. */
    @Transactional
    void move(String municipalitySlug, String frameworkSlug, int year, long sectionId, int step) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        List<NarrativeSection> ordered = new ArrayList<>(sections.findByPlanIdOrderByPositionAscIdAsc(plan.getId()));
        int index = indexOf(ordered, sectionId);
        if (index < 0) {
            throw new NotFoundException();
        }
        int neighbour = index + step;
        if (neighbour >= 0 && neighbour < ordered.size()) {
            Collections.swap(ordered, index, neighbour);
            renumber(ordered);
        }
    }

    private NarrativeSection section(ExecutionPlan plan, long sectionId) {
        return sections.findByIdAndPlanId(sectionId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private void requireFrameworkTheme(ExecutionPlan plan, Long themeId) {
        if (themeId != null && !themes.existsByIdAndFrameworkId(themeId, plan.getFrameworkId())) {
            throw new InvalidChoiceException("theme", "narrative.form.theme.unknown");
        }
    }

    private static int insertionIndex(List<NarrativeSection> ordered, String place) {
        if (SectionForm.AT_BEGINNING.equals(place)) {
            return 0;
        }
        if (place == null || SectionForm.AT_END.equals(place)) {
            return ordered.size();
        }
        int after = indexOf(ordered, Long.parseLong(place));
        if (after < 0) {
            throw new InvalidChoiceException("place", "narrative.form.place.unknown");
        }
        return after + 1;
    }

    private static int indexOf(List<NarrativeSection> ordered, long sectionId) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == sectionId) {
                return i;
            }
        }
        return -1;
    }

    /** Positions follow the list order; only sections whose position changes are updated (and audited). */
    private static void renumber(List<NarrativeSection> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i);
        }
    }

    record SectionsPage(String planTitle, List<SectionRow> sections) {
    }

    record FormChoices(String planTitle, List<ThemeOption> themes, List<SectionRow> sections) {

        /** The label of a chosen theme, to show a colleague's stored choice; null when none. */
        public String themeLabel(String themeId) {
            return themes.stream().filter(t -> String.valueOf(t.id()).equals(themeId)).map(ThemeOption::label)
                    .findFirst().orElse(null);
        }
    }
}
