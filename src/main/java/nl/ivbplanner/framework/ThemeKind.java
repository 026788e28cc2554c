package nl.ivbplanner.framework;

/** The weight a framework gives a theme. */
public enum ThemeKind {
    /** A local priority (prioriteit, speerpunt). */
    PRIORITY,
    /** A priority set by the region rather than by the municipality itself. */
    REGIONAL_PRIORITY,
    /** Ongoing work that is not prioritised ('going concern'). */
    GOING_CONCERN,
    /** Any other safety theme ('overige veiligheidsthema's'). */
    OTHER,
    /** A track (spoor) of an approach, e.g. of ondermijning. */
    TRACK
}
