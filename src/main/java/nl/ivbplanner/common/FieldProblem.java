package nl.ivbplanner.common;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * A rule that a form's input breaks, to be shown next to the field it concerns; the arguments fill the message's
 * placeholders (the years that contradict each other, the framework's period).
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, List.of());
    }

    /** Adds the problems to the form's errors; a field that already shows an error keeps only that one. */
    public static void rejectAll(List<FieldProblem> problems, Errors errors) {
        for (FieldProblem problem : problems) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(
                        problem.field(),
                        problem.messageKey(),
                        problem.arguments().toArray(),
                        null);
            }
        }
    }
}
