package nl.ivbplanner.framework;

/** A theme as a choice in a form; sub-themes are shown under their main theme. */
public record ThemeOption(Long id, String code, String name, Long parentId) {

    public String label() {
        String name = code == null ? this.name : code + ". " + this.name;
        return parentId == null ? name : "— " + name;
    }
}
