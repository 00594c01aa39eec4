package id.kembar.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * An absolute http or https URL with a host name or IPv4 address (an international name in its ASCII form), an
 * optional port, and a path, query and fragment without spaces or the characters a URL must escape. The rule is the
 * regular expression {@link #PATTERN}, which the contract publishes as the field's pattern, so that a client checking
 * the contract and the service judge a URL alike.
 */
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = WebUrl.Validator.class)
public @interface WebUrl {
    /** The rule, anchored, in the syntax both Java and the contract's ECMA-262 regular expressions read alike. */
    String PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://"
            + "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
            + "(:[0-9]{1,5})?"
            + "([/?#]([^\\s%\"<>\\\\^`{|}]|%[0-9A-Fa-f]{2})*)?$";

    String message() default "must be an absolute http or https URL (such as https://www.kotabogor.go.id/berita)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WebUrl, String> {
        private static final Pattern URL = Pattern.compile(PATTERN);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || URL.matcher(value).matches();
        }
    }
}
