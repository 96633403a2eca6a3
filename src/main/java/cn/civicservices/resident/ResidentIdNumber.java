package cn.civicservices.resident;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import cn.civicservices.common.Messages;

/**
 * A valid resident ID number (see {@link IdNumber#problem(String, LocalDate)}), surrounding blanks aside, of
 * someone born by today in the validation clock's zone. Null is valid.
 */
@Constraint(validatedBy = ResidentIdNumber.Validator.class)
@Documented
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface ResidentIdNumber {

    String message() default "error.idNumber";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ResidentIdNumber, String> {

        @Override
        public boolean isValid(String raw, ConstraintValidatorContext context) {
            if (raw == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            Optional<String> problem = IdNumber.problem(raw.trim(), today);
            problem.ifPresent(key -> context.unwrap(HibernateConstraintValidatorContext.class)
                    .withDynamicPayload(new Object[] { Messages.get(key) }));
            return problem.isEmpty();
        }
    }
}
