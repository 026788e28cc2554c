package nl.ivbplanner.plantables;

import java.util.List;
import nl.ivbplanner.common.FieldProblem;

/** A line form's surroundings: the plan, the table the line is in, the line as stored (or a new one's defaults). */
public interface LineContext<F extends LineForm> {

    String planTitle();

    String tableTitle();

    F stored();

    /** What in the form breaks the rules between fields or the choices these surroundings offer. */
    List<FieldProblem> problems(F form);
}
