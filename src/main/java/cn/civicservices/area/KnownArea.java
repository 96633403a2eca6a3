package cn.civicservices.area;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import cn.civicservices.common.ConstraintMessages;

/**
 * The code of an area this API knows. Codes of the wrong shape are left to {@link AreaCode}; null is valid.
 * For inputs that describe something (the calculator's person), where an unknown area is a mistake in the input,
 * not a lookup that finds nothing.
 */
@Constraint(validatedBy = KnownArea.Validator.class)
@Documented
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface KnownArea {

    String message() default ConstraintMessages.AREA_UNKNOWN;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownArea, String> {

        @Inject
        AreaRepository areas;

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || !code.matches(AreaCode.SHAPE) || areas.count("code", code) > 0;
        }
    }
}
