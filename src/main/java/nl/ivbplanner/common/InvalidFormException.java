package nl.ivbplanner.common;

import java.util.List;

/**
 * A service found, inside its transaction, that the input breaks rules that depend on stored data (a theme of
 * another framework, a name already taken); each problem is shown next to its field.
 */
public class InvalidFormException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidFormException(List<FieldProblem> problems) {
        super("form rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidFormException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, List.of(arguments))));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
