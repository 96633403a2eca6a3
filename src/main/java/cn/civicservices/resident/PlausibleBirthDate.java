package cn.civicservices.resident;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import cn.civicservices.common.ConstraintMessages;

/**
 * A birth date a living or recently living person can have: from {@link IdNumber#EARLIEST_BIRTH} to today in the
 * validation clock's zone, the same range as the birth dates inside resident ID numbers. Null is valid.
 */
@Constraint(validatedBy = PlausibleBirthDate.Validator.class)
@Documented
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface PlausibleBirthDate {

    String message() default ConstraintMessages.BIRTH_DATE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate birthDate, ConstraintValidatorContext context) {
            return birthDate == null || !birthDate.isBefore(IdNumber.EARLIEST_BIRTH)
                    && !birthDate.isAfter(LocalDate.now(context.getClockProvider().getClock()));
        }
    }
}
