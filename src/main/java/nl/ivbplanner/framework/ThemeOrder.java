package nl.ivbplanner.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.common.Positions.Direction;

/**
 * The document order of a framework's themes: main themes, each followed by its sub-themes. Seeds number
 * sub-themes per parent or across the framework; after a change the positions run 0, 1, 2, ... through the
 * whole tree, which every reader (ordering by position, or by parent and then position) understands.
 */
final class ThemeOrder {

    private final List<Theme> mainThemes = new ArrayList<>();
    private final Map<Long, List<Theme>> subThemes = new HashMap<>();

    /** The themes ordered by position (and id). */
    ThemeOrder(List<Theme> themes) {
        themes.forEach(this::append);
    }

    /** Puts a theme last among its siblings (a new theme, or one given another parent). */
    void append(Theme theme) {
        siblings(theme.getParent()).add(theme);
    }

    /** Takes a theme out of its parent's list; call before it gets another parent. */
    void remove(Theme theme) {
        siblings(theme.getParent()).remove(theme);
    }

    /**
     * Moves a theme among its siblings, numbering them 0, 1, 2, ... for the moment; {@link #renumber} then gives
     * the whole tree its positions, and only rows whose final position differs are updated.
     */
    void move(Theme theme, Direction direction) {
        List<Theme> siblings = siblings(theme.getParent());
        Positions.move(siblings, theme, direction);
        siblings.sort(Comparator.comparingInt(Theme::getPosition));
    }

    void renumber() {
        int position = 0;
        for (Theme main : mainThemes) {
            main.moveTo(position++);
            for (Theme sub : subThemes.getOrDefault(main.getId(), List.of())) {
                sub.moveTo(position++);
            }
        }
    }

    private List<Theme> siblings(Theme parent) {
        return parent == null ? mainThemes : subThemes.computeIfAbsent(parent.getId(), id -> new ArrayList<>());
    }
}
