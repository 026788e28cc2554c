package nl.ivbplanner.plan;

/** A change to an adopted or evaluated plan, or to a framework's line outside any plan. */
public class PlanNotEditableException extends RuntimeException {

    public PlanNotEditableException() {
        super("plan is not a concept");
    }
}
