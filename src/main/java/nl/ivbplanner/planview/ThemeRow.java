package nl.ivbplanner.planview;

/** A theme of a framework, main theme (parentId null) or sub-theme. */
public record ThemeRow(
        long id,
        Long parentId,
        String code,
        String name,
        String kind,
        Short kernbeleidField,
        String description,
        String goal,
        String lead,
        int position) {

    public String displayName() {
        return code == null ? name : code + ". " + name;
    }
}
