package nl.ivbplanner.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ivbplanner.common.DeleteRefusedException;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.Positions.Direction;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.ListEditor;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining a framework's themes: list, add, edit, delete and reorder. The guard is that the user edits plans of the
 * framework's municipality; themes stay editable after the council adopted the framework (only its own texts turn
 * read-only), as they always were, since the yearly plans are written along them.
 */
@Service
class ThemeEditService implements ListEditor<FrameworkAddress, ThemeForm> {

    private final MunicipalityRepository municipalities;
    private final PolicyFrameworkRepository frameworks;
    private final ThemeRepository themes;
    private final ThemeQueries queries;
    private final MunicipalityAccess access;

    ThemeEditService(
            MunicipalityRepository municipalities,
            PolicyFrameworkRepository frameworks,
            ThemeRepository themes,
            ThemeQueries queries,
            MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.frameworks = frameworks;
        this.themes = themes;
        this.queries = queries;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public ThemesPage page(FrameworkAddress address) {
        PolicyFramework framework = editable(address);
        return new ThemesPage(framework.getTitle(), blocks(queries.themes(framework.getId())));
    }

    /** The framework's main themes: the parents a theme can choose. */
    @Override
    @Transactional(readOnly = true)
    public FormChoices choices(FrameworkAddress address) {
        PolicyFramework framework = editable(address);
        return new FormChoices(
                framework.getTitle(),
                queries.themes(framework.getId()).stream()
                        .filter(t -> t.parentId() == null)
                        .toList());
    }

    /** 'Subthema toevoegen' on the themes page opens the form with its main theme chosen. */
    @Override
    public ThemeForm emptyForm(Long parentId) {
        return ThemeForm.empty(parentId);
    }

    /** Adds a theme last among its siblings: after the main themes, or after its parent's sub-themes. */
    @Override
    @Transactional
    public long add(FrameworkAddress address, ThemeForm form) {
        PolicyFramework framework = editable(address);
        Theme parent = parent(framework, form.parentId(), null);
        List<Theme> all = themes.findByFrameworkIdOrderByPositionAscIdAsc(framework.getId());
        Theme added = themes.save(new Theme(framework, parent, all.size(), form.toText()));
        ThemeOrder order = new ThemeOrder(all);
        order.append(added);
        order.renumber();
        return added.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public ThemeForm form(FrameworkAddress address, long themeId) {
        return ThemeForm.of(theme(editable(address), themeId));
    }

    /** A theme that gets another parent goes last among its new siblings. */
    @Override
    @Transactional
    public void save(FrameworkAddress address, long themeId, ThemeForm form) {
        PolicyFramework framework = editable(address);
        Theme theme = theme(framework, themeId);
        theme.requireVersion(form.version(), () -> ThemeForm.of(theme));
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

    @Override
    @Transactional(readOnly = true)
    public DeletePage deletePage(FrameworkAddress address, long themeId) {
        Theme theme = theme(editable(address), themeId);
        return new DeletePage(label(theme), queries.usage(theme.getId()));
    }

    /** Deletes an unused theme; one still in use is refused with what uses it. */
    @Override
    @Transactional
    public void delete(FrameworkAddress address, long themeId) {
        Theme theme = theme(editable(address), themeId);
        ThemeUsage usage = queries.usage(theme.getId());
        if (usage.inUse()) {
            throw new DeleteRefusedException(new DeletePage(label(theme), usage));
        }
        themes.delete(theme);
    }

    /** Moves a theme among its siblings: the main themes, or one parent's sub-themes. */
    @Override
    @Transactional
    public void move(FrameworkAddress address, long themeId, Direction direction) {
        PolicyFramework framework = editable(address);
        Theme theme = theme(framework, themeId);
        ThemeOrder order = new ThemeOrder(themes.findByFrameworkIdOrderByPositionAscIdAsc(framework.getId()));
        order.move(theme, direction);
        order.renumber();
    }

    private PolicyFramework editable(FrameworkAddress address) {
        Municipality municipality =
                municipalities.findBySlug(address.municipality()).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return frameworks
                .findByMunicipalityIdAndSlugForChanges(municipality.getId(), address.framework())
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
            throw new InvalidFormException("hoofdthema", "theme.form.parent.self");
        }
        Theme parent = themes.findByIdAndFrameworkId(parentId, framework.getId())
                .filter(Theme::isMain)
                .orElseThrow(() -> new InvalidFormException("hoofdthema", "theme.form.parent.unknown"));
        if (editing != null && themes.existsByParentId(editing.getId())) {
            throw new InvalidFormException("hoofdthema", "theme.form.parent.has-sub-themes");
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
        rows.stream()
                .filter(row -> row.parentId() != null)
                .forEach(row -> subThemes
                        .computeIfAbsent(row.parentId(), id -> new ArrayList<>())
                        .add(row));
        return rows.stream()
                .filter(row -> row.parentId() == null)
                .map(main -> new ThemeBlock(main, subThemes.getOrDefault(main.id(), List.of())))
                .toList();
    }

    record ThemesPage(String frameworkTitle, List<ThemeBlock> themes) {}

    /** A main theme with its sub-themes, in order. */
    record ThemeBlock(ThemeListRow theme, List<ThemeListRow> subThemes) {}

    record FormChoices(String frameworkTitle, List<ThemeListRow> mainThemes) {

        /** The label of a chosen parent, to show a colleague's stored choice; null for a main theme. */
        public String parentLabel(String parentId) {
            return mainThemes.stream()
                    .filter(t -> String.valueOf(t.id()).equals(parentId))
                    .map(ThemeListRow::label)
                    .findFirst()
                    .orElse(null);
        }
    }

    record DeletePage(String theme, ThemeUsage usage) {}
}
