package cn.civicservices.area;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import cn.civicservices.common.ConstraintMessages;

/** An official statistical division code: 2, 4, 6, 9 or 12 digits by level. Null is valid. */
@Pattern(regexp = AreaCode.SHAPE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface AreaCode {

    String SHAPE = "[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}";

    String message() default ConstraintMessages.AREA_CODE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
