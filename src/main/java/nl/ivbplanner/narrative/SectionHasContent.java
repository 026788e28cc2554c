package nl.ivbplanner.narrative;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A section needs a heading or a body (the table's CHECK); the message is shown next to the heading field (kop). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SectionHasContent.Validator.class)
@interface SectionHasContent {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SectionHasContent, SectionForm> {

        @Override
        public boolean isValid(SectionForm form, ConstraintValidatorContext context) {
            if (form.hasContent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("kop")
                    .addConstraintViolation();
            return false;
        }
    }
}
