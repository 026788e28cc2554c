package nl.ivbplanner.plantables;

/** What every line form sends besides its own fields: the version it was opened at. */
public interface LineForm {

    Long version();

    /** What the line is called, as the delete page names it. */
    String label();
}
