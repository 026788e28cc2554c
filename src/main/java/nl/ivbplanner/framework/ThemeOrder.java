package nl.ivbplanner.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Swaps a theme with the sibling above (step -1) or below (step +1); at either end nothing changes. */
    void move(Theme theme, int step) {
        List<Theme> siblings = siblings(theme.getParent());
        int index = siblings.indexOf(theme);
        int neighbour = index + step;
        if (neighbour >= 0 && neighbour < siblings.size()) {
            Collections.swap(siblings, index, neighbour);
        }
    }

    void renumber() {
        int position = 0;
        for (Theme main : mainThemes) {
            main.placeAt(position++);
            for (Theme sub : subThemes.getOrDefault(main.getId(), List.of())) {
                sub.placeAt(position++);
            }
        }
    }

    private List<Theme> siblings(Theme parent) {
        return parent == null ? mainThemes : subThemes.computeIfAbsent(parent.getId(), id -> new ArrayList<>());
    }
}
