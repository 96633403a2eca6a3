package cn.civicservices.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;

/**
 * Turns the constraint violations of a GraphQL operation's arguments into a BAD_USER_INPUT error. It runs just
 * outside Hibernate Validator's method validation (priority 4800), which SmallRye GraphQL would otherwise report
 * as a schema validation failure carrying the invalid values.
 */
@ValidatedInput
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 700)
public class ValidatedInputInterceptor {

    @AroundInvoke
    Object refuseInvalidInput(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ConstraintViolationException e) {
            throw ApiException.badInput(InputErrors.of(e, context.getMethod()));
        }
    }
}
