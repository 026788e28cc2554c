package nl.ivbplanner.activity;

/** What an activity row stands for. */
public enum ActivityKind {
    /** An activity of a yearly plan. */
    ACTIVITY,
    /** A framework's multi-year main line (hoofdlijn). */
    MAIN_LINE,
    /** A framework's approach line (aanpak). */
    APPROACH,
    /** Work a framework lists as already running (bestaande activiteit). */
    EXISTING_ACTIVITY
}
