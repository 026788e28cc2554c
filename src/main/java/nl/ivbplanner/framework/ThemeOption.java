package nl.ivbplanner.framework;

import java.util.List;

/** A theme as a choice in a form; sub-themes are shown under their main theme. */
public record ThemeOption(Long id, String code, String name, Long parentId) {

    public String label() {
        String name = code == null ? this.name : code + ". " + this.name;
        return parentId == null ? name : "— " + name;
    }

    /** The label of the option with the id as a form sends it, to show a colleague's stored choice; null when none. */
    public static String labelOf(List<ThemeOption> options, String id) {
        return options.stream()
                .filter(t -> String.valueOf(t.id()).equals(id))
                .map(ThemeOption::label)
                .findFirst()
                .orElse(null);
    }
}
