package nl.ivbplanner.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the themes a Word plan's headings name and the framework lacks, inside the import's transaction (which has
 * checked access and shown them in the preview): as priorities, each last among its siblings; kind, Kernbeleid field
 * and texts are then the theme editor's.
 */
@Component
public class ImportedThemes {

    private final PolicyFrameworkRepository frameworks;
    private final ThemeRepository themes;

    ImportedThemes(PolicyFrameworkRepository frameworks, ThemeRepository themes) {
        this.frameworks = frameworks;
        this.themes = themes;
    }

    /**
     * A theme to add: a main theme, a sub-theme of the framework's main theme {@code parentId}, or a sub-theme of the
     * main theme named {@code parentName} that comes earlier in the same list.
     */
    public record NewTheme(String code, String name, Long parentId, String parentName) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long frameworkId, List<NewTheme> newThemes) {
        PolicyFramework framework = frameworks.findById(frameworkId).orElseThrow(NotFoundException::new);
        List<Theme> existing = themes.findByFrameworkIdOrderByPositionAscIdAsc(frameworkId);
        ThemeOrder order = new ThemeOrder(existing);
        Map<Long, Theme> byId = new HashMap<>();
        existing.forEach(theme -> byId.put(theme.getId(), theme));
        Map<String, Theme> added = new HashMap<>();
        int position = existing.size();
        for (NewTheme newTheme : newThemes) {
            Theme parent = newTheme.parentId() != null
                    ? byId.get(newTheme.parentId())
                    : newTheme.parentName() == null ? null : added.get(newTheme.parentName());
            if (parent == null && (newTheme.parentId() != null || newTheme.parentName() != null)) {
                throw new NotFoundException();
            }
            Theme theme = themes.save(new Theme(
                    framework,
                    parent,
                    position++,
                    new ThemeText(newTheme.name(), newTheme.code(), ThemeKind.PRIORITY, null, null, null)));
            order.append(theme);
            if (parent == null) {
                added.put(newTheme.name(), theme);
            }
        }
        order.renumber();
        // the import compares the file again with plain SQL, which must see them
        themes.flush();
    }
}
