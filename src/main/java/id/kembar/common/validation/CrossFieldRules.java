package id.kembar.common.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.kembar.common.problem.FieldError;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A class-level constraint for request records and list filters whose rules span fields: the record lists what is
 * wrong, each error naming the field (or query parameter) at fault, and those errors join the field errors in the same
 * 400.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = CrossFieldRules.Validator.class)
public @interface CrossFieldRules {
    String message() default "is inconsistent with other fields";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Implemented by the records that carry {@link CrossFieldRules}. */
    interface Checked {
        /** The cross-field errors; field rules (required, size, pattern) are left to their own annotations. */
        List<FieldError> crossFieldErrors();
    }

    class Validator implements ConstraintValidator<CrossFieldRules, Checked> {
        @Override
        public boolean isValid(Checked value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            List<FieldError> errors = value.crossFieldErrors();
            if (errors.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (FieldError error : errors) {
                context.buildConstraintViolationWithTemplate(escape(error.message()))
                        .addPropertyNode(error.field())
                        .addConstraintViolation();
            }
            return false;
        }

        // our messages are plain text, not message templates
        private static String escape(String message) {
            return message.replace("\\", "\\\\")
                    .replace("{", "\\{")
                    .replace("}", "\\}")
                    .replace("$", "\\$");
        }
    }
}
