package nl.ivbplanner.common;

import java.util.List;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A unique index that holds a form's rule in the database, so that two people saving at the same moment cannot both
 * get past the form's check: a write that the index refuses becomes the same field problem as the form's check.
 */
public record UniqueIndex(String name, FieldProblem problem) {

    /** Runs the write (which must flush), turning this index's violation into the form's problem. */
    public <T> T guard(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException refused) {
            if (violates(refused)) {
                throw new InvalidFormException(List.of(problem));
            }
            throw refused;
        }
    }

    private boolean violates(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && name.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
