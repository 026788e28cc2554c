package nl.ivbplanner.framework;

/** What a framework says about itself: title, kind, period and the texts; mission, vision and factors are optional. */
public record FrameworkText(
        String title,
        FrameworkKind kind,
        int firstYear,
        int lastYear,
        String mission,
        String vision,
        String successFactors) {

    public FrameworkText {
        if (title == null || title.isBlank() || kind == null) {
            throw new IllegalArgumentException("a framework needs a title and a kind");
        }
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("a framework's period ends after it begins");
        }
    }
}
