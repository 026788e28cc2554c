package nl.ivbplanner.framework;

/** Where a policy framework is in its life, and what that allows: the one place these rules are written. */
public enum FrameworkState {
    /** Being written by the municipality's advisors; seen only by its staff. */
    CONCEPT,
    /** Adopted by the council; read-only, like an adopted plan. */
    VASTGESTELD;

    /** Only a concept's title, period and texts can be changed. */
    public boolean isEditable() {
        return this == CONCEPT;
    }

    /** A concept is seen only by the municipality's staff, never by the council or the public. */
    public boolean isConcept() {
        return this == CONCEPT;
    }
}
