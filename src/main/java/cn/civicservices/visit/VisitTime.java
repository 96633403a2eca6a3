package cn.civicservices.visit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import cn.civicservices.common.ConstraintMessages;
import jakarta.validation.Payload;

/**
 * When a visit can have taken place, on the bureau's clock: no more than {@link #SKEW} in the future (a phone's
 * clock may be a little ahead) and no more than a year ago. Null is valid.
 */
@Constraint(validatedBy = VisitTime.Validator.class)
@Documented
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface VisitTime {

    Duration SKEW = Duration.ofMinutes(5);

    String message() default ConstraintMessages.VISIT_VISITED_AT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VisitTime, OffsetDateTime> {

        @Override
        public boolean isValid(OffsetDateTime at, ConstraintValidatorContext context) {
            if (at == null) {
                return true;
            }
            OffsetDateTime now = OffsetDateTime.now(context.getClockProvider().getClock());
            return !at.isAfter(now.plus(SKEW)) && !at.isBefore(now.minusYears(1));
        }
    }
}
