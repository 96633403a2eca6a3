package cn.civicservices.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a {@code @GraphQLApi} class: arguments that break their Bean Validation constraints are refused as one
 * BAD_USER_INPUT error that names each GraphQL field at fault, in the caller's language.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidatedInput {
}
