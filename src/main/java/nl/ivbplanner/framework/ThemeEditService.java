package nl.ivbplanner.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining a framework's themes: list, add, edit, delete and reorder. A framework has no lifecycle of its own,
 * so the only guard is that the user edits plans of the framework's municipality.
 */
@Service
class ThemeEditService {

    private final MunicipalityRepository municipalities;
    private final PolicyFrameworkRepository frameworks;
    private final ThemeRepository themes;
    private final ThemeQueries queries;
    private final MunicipalityAccess access;

    ThemeEditService(MunicipalityRepository municipalities, PolicyFrameworkRepository frameworks, ThemeRepository themes,
            ThemeQueries queries, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.frameworks = frameworks;
        this.themes = themes;
        this.queries = queries;
        this.access = access;
    }

    @Transactional(readOnly = true)
    ThemesPage page(String municipalitySlug, String frameworkSlug) {
        PolicyFramework framework = editable(municipalitySlug, frameworkSlug);
        return new ThemesPage(framework.getTitle(), blocks(queries.themes(framework.getId())));
    }

    /** The framework's main themes: the parents a theme can choose. */
    @Transactional(readOnly = true)
    FormChoices choices(String municipalitySlug, String frameworkSlug) {
        PolicyFramework framework = editable(municipalitySlug, frameworkSlug);
        return new FormChoices(framework.getTitle(),
                queries.themes(framework.getId()).stream().filter(t -> t.parentId() == null).toList());
    }

    /** Adds a theme last among its siblings: after the main themes, or after its parent's sub-themes. */
    @Transactional
    long add(String municipalitySlug, String frameworkSlug, ThemeForm form) {
        PolicyFramework framework = editable(municipalitySlug, frameworkSlug);
        Theme parent = parent(framework, form.parentId(), null);
        List<Theme> all = themes.findByFrameworkIdOrderByPositionAscIdAsc(framework.getId());
        Theme added = themes.save(new Theme(framework, parent, all.size(), form.toText()));
        ThemeOrder order = new ThemeOrder(all);
        order.append(added);
        order.renumber();
        return added.getId();
    }

    @Transactional(readOnly = true)
    ThemeForm form(String municipalitySlug, String frameworkSlug, long themeId) {
        return ThemeForm.of(theme(editable(municipalitySlug, frameworkSlug), themeId));
    }

    /** A theme that gets another parent goes last among its new siblings. */
    @Transactional
    void save(String municipalitySlug, String frameworkSlug, long themeId, ThemeForm form) {
        PolicyFramework framework = editable(municipalitySlug, frameworkSlug);
        Theme theme = theme(framework, themeId);
        if (form.version() == null || theme.getVersion() != form.version()) {
            throw new StaleThemeException(ThemeForm.of(theme));
        }
        Theme parent = parent(framework, form.parentId(), theme);
        if (Objects.equals(idOf(parent), idOf(theme.getParent()))) {
            theme.revise(parent, form.toText());
            return;
        }
        ThemeOrder order = new ThemeOrder(themes.findByFrameworkIdOrderByPositionAscIdAsc(framework.getId()));
        order.remove(theme);
        theme.revise(parent, form.toText());
        order.append(theme);
        order.renumber();
    }

    @Transactional(readOnly = true)
    DeletePage deletePage(String municipalitySlug, String frameworkSlug, long themeId) {
        Theme theme = theme(editable(municipalitySlug, frameworkSlug), themeId);
        return new DeletePage(label(theme), queries.usage(theme.getId()));
    }

    /** Deletes an unused theme; one still in use is refused with what uses it. */
    @Transactional
    void delete(String municipalitySlug, String frameworkSlug, long themeId) {
        Theme theme = theme(editable(municipalitySlug, frameworkSlug), themeId);
        ThemeUsage usage = queries.usage(theme.getId());
        if (usage.inUse()) {
            throw new ThemeInUseException(new DeletePage(label(theme), usage));
        }
        themes.delete(theme);
    }

    /** Swaps a theme with its sibling above (step -1) or below (step +1): main themes, or one parent's sub-themes. */
    @Transactional
    void move(String municipalitySlug, String frameworkSlug, long themeId, int step) {
        PolicyFramework framework = editable(municipalitySlug, frameworkSlug);
        Theme theme = theme(framework, themeId);
        ThemeOrder order = new ThemeOrder(themes.findByFrameworkIdOrderByPositionAscIdAsc(framework.getId()));
        order.move(theme, step);
        order.renumber();
    }

    private PolicyFramework editable(String municipalitySlug, String frameworkSlug) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return frameworks.findByMunicipalityIdAndSlugForChanges(municipality.getId(), frameworkSlug)
                .orElseThrow(NotFoundException::new);
    }

    private Theme theme(PolicyFramework framework, long themeId) {
        return themes.findByIdAndFrameworkId(themeId, framework.getId()).orElseThrow(NotFoundException::new);
    }

    /**
     * The chosen parent, checked against the one-level tree: a main theme of this framework, not the theme itself,
     * and only for a theme without sub-themes of its own.
     */
    private Theme parent(PolicyFramework framework, Long parentId, Theme editing) {
        if (parentId == null) {
            return null;
        }
        if (editing != null && parentId.equals(editing.getId())) {
            throw new ThemeParentException("theme.form.parent.self");
        }
        Theme parent = themes.findByIdAndFrameworkId(parentId, framework.getId()).filter(Theme::isMain)
                .orElseThrow(() -> new ThemeParentException("theme.form.parent.unknown"));
        if (editing != null && themes.existsByParentId(editing.getId())) {
            throw new ThemeParentException("theme.form.parent.has-sub-themes");
        }
        return parent;
    }

    private static Long idOf(Theme theme) {
        return theme == null ? null : theme.getId();
    }

    private static String label(Theme theme) {
        return theme.getCode() == null ? theme.getName() : theme.getCode() + ". " + theme.getName();
    }

    private static List<ThemeBlock> blocks(List<ThemeListRow> rows) {
        Map<Long, List<ThemeListRow>> subThemes = new LinkedHashMap<>();
        rows.stream().filter(row -> row.parentId() != null)
                .forEach(row -> subThemes.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row));
        return rows.stream().filter(row -> row.parentId() == null)
                .map(main -> new ThemeBlock(main, subThemes.getOrDefault(main.id(), List.of()))).toList();
    }

    record ThemesPage(String frameworkTitle, List<ThemeBlock> themes) {
    }

    /** A main theme with its sub-themes, in order. */
    record ThemeBlock(ThemeListRow theme, List<ThemeListRow> subThemes) {
    }

    record FormChoices(String frameworkTitle, List<ThemeListRow> mainThemes) {

        /** The label of a chosen parent, to show a colleague's stored choice; null for a main theme. */
        public String parentLabel(String parentId) {
            return mainThemes.stream().filter(t -> String.valueOf(t.id()).equals(parentId)).map(ThemeListRow::label)
                    .findFirst().orElse(null);
        }
    }

    record DeletePage(String theme, ThemeUsage usage) {
    }
}
