package nl.ivbplanner.evaluation;

/** The verdict on an activity; its label and symbol come from the municipality's legend. */
public enum EvaluationStatus {
    /** Done (groen). */
    GREEN,
    /** Continues (geel). */
    YELLOW,
    /** Not done (rood). */
    RED,
    /** Not yet evaluated. */
    NOT_EVALUATED;

    /** A verdict that work continues or was not done must say why. */
    public boolean needsResultText() {
        return this == YELLOW || this == RED;
    }
}
