package cn.civicservices.pension;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import cn.civicservices.common.ConstraintMessages;

/**
 * On the calculator's person: no more contribution years than whole years since the 16th birthday, the
 * earliest age at which one may contribute. Reported on {@code contributionYears}.
 */
@Constraint(validatedBy = ContributionYearsSinceAge16.Validator.class)
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface ContributionYearsSinceAge16 {

    int AGE = 16;

    String message() default ConstraintMessages.FROM_VALIDATOR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ContributionYearsSinceAge16, EligibilityInput> {

        @Override
        public boolean isValid(EligibilityInput input, ConstraintValidatorContext context) {
            if (input == null || input.birthDate == null || input.contributionYears == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            if (input.birthDate.isAfter(today)) {
                return true; // the birth date's own constraint says what is wrong
            }
            LocalDate sixteenth = input.birthDate.plusYears(AGE);
            int possible = sixteenth.isAfter(today) ? 0 : Period.between(sixteenth, today).getYears();
            if (input.contributionYears <= possible) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(
                    (ConstraintMessages.Text) msg -> msg.errorContributionYearsSinceAge16(possible))
                    .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("contributionYears").addConstraintViolation();
            return false;
        }
    }
}
