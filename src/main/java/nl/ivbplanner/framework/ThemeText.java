package nl.ivbplanner.framework;

/** What a theme says; code, Kernbeleid Veiligheid field (1-5), description and goal are optional. */
public record ThemeText(
        String name, String code, ThemeKind kind, Short kernbeleidField, String description, String goal) {

    public ThemeText {
        if (name == null || name.isBlank() || kind == null) {
            throw new IllegalArgumentException("a theme needs a name and a kind");
        }
        if (kernbeleidField != null && (kernbeleidField < 1 || kernbeleidField > 5)) {
            throw new IllegalArgumentException("Kernbeleid Veiligheid has fields 1 to 5");
        }
    }
}
