package nl.ivbplanner.web;

import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one way a form's use case is run from a controller: only with valid input, and a refusal of the service
 * becomes what the form page shows, with everything the user typed kept. A colleague's save in between puts the
 * stored values beside the input (model attribute {@code stored}, message {@code conflictKey}); a rule that depends
 * on stored data puts its message next to its field.
 */
public final class FormSubmission {

    private FormSubmission() {}

    /** Runs the use case unless the form already has errors; false means: show the form again. */
    public static boolean succeeded(BindingResult errors, Model model, String conflictKey, Runnable useCase) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            useCase.run();
            return true;
        } catch (EditConflictException conflict) {
            errors.reject(conflictKey);
            model.addAttribute("stored", conflict.stored());
            return false;
        } catch (InvalidFormException invalid) {
            FieldProblem.rejectAll(invalid.problems(), errors);
            return false;
        }
    }
}
