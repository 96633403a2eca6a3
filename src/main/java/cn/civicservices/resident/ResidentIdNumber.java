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

import cn.civicservices.common.ConstraintMessages;
import cn.civicservices.common.Msg;

/**
 * A valid resident ID number (see {@link IdNumber#problem(String, LocalDate)}), surrounding blanks aside, of
 * someone born by today in the validation clock's zone. Null is valid.
 */
@Constraint(validatedBy = ResidentIdNumber.Validator.class)
@Documented
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface ResidentIdNumber {

    String message() default ConstraintMessages.FROM_VALIDATOR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ResidentIdNumber, String> {

        @Override
        public boolean isValid(String raw, ConstraintValidatorContext context) {
            if (raw == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            Optional<IdNumber.Problem> problem = IdNumber.problem(raw.trim(), today);
            problem.ifPresent(p -> context.unwrap(HibernateConstraintValidatorContext.class)
                    .withDynamicPayload((ConstraintMessages.Text) msg -> msg.errorIdNumber(reason(p, msg))));
            return problem.isEmpty();
        }

        /** Why a number is not valid, in words. */
        public static String reason(IdNumber.Problem problem, Msg msg) {
            return switch (problem) {
                case SHAPE -> msg.errorIdNumberShape();
                case CHECKSUM -> msg.errorIdNumberChecksum();
                case BIRTH_DATE -> msg.errorIdNumberBirthDate();
                case BIRTH_RANGE -> msg.errorIdNumberBirthRange();
            };
        }
    }
}
