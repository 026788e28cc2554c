package nl.ivbplanner.common;

import java.util.List;

/** A service found, inside its transaction, that the input breaks rules that depend on stored data. */
public class InvalidFormException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidFormException(List<FieldProblem> problems) {
        super("form rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
