package cn.civicservices.visit;

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
import cn.civicservices.common.ConstraintMessages;
import jakarta.validation.Payload;

/** A day a visit can be planned for: from today to today + {@link #DAYS} days in the county. Null is valid. */
@Constraint(validatedBy = ScheduleWindow.Validator.class)
@Documented
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface ScheduleWindow {

    int DAYS = 90;

    String message() default ConstraintMessages.VISIT_SCHEDULED_ON;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ScheduleWindow, LocalDate> {

        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            if (day == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !day.isBefore(today) && !day.isAfter(today.plusDays(DAYS));
        }
    }
}
