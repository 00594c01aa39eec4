package id.kembar.common.geography;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region code that exists: an Indonesian province, regency or city of the Kemendagri list (or a district or village
 * below one), or an ISO 3166-2 subdivision. A code of another shape is left to the field's pattern, which says what
 * shape it wants.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = KnownRegion.Validator.class)
public @interface KnownRegion {
    String message() default "is no region of the Kemendagri or ISO 3166-2 lists";

    /**
     * Whether only an Indonesian province, regency or city is a region code here; the field's pattern refuses any other
     * (a district's, an ISO 3166-2 code), and this check leaves those alone: one error, not two.
     */
    boolean indonesian() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    // one per constraint (Dependent), since each keeps its annotation's attribute
    @Dependent
    class Validator implements ConstraintValidator<KnownRegion, String> {

        private static final Pattern SHAPE =
                Pattern.compile("[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?|[A-Z]{2}-[A-Z0-9]{1,3}");

        private static final Pattern INDONESIAN = Pattern.compile("[0-9]{2}(\\.[0-9]{2})?");

        private final Geography geography;
        private boolean indonesian;

        Validator(Geography geography) {
            this.geography = geography;
        }

        @Override
        public void initialize(KnownRegion annotation) {
            indonesian = annotation.indonesian();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null
                    || !SHAPE.matcher(code).matches()
                    || indonesian && !INDONESIAN.matcher(code).matches()) {
                return true;
            }
            Optional<String> unknown = geography.unknown(code);
            if (unknown.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escaped(unknown.get())).addConstraintViolation();
            return false;
        }

        /** A message as a template of no expressions: its braces and dollars are text. */
        private static String escaped(String message) {
            return message.replace("\\", "\\\\")
                    .replace("{", "\\{")
                    .replace("}", "\\}")
                    .replace("$", "\\$");
        }
    }
}
