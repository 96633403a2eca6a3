package cn.civicservices.common;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A failure reported as a top-level GraphQL error with {@code extensions.code}.
 * Used only for authentication, authorization, lookups of what does not exist, malformed arguments and
 * unexpected failures; business rule violations of a mutation go into its payload's {@code userErrors}.
 */
public class ApiException extends RuntimeException implements GraphQLError {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static ApiException unauthenticated() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, Messages.msg().errorUnauthenticated());
    }

    public static ApiException forbidden() {
        return new ApiException(ErrorCode.FORBIDDEN, Messages.msg().errorForbidden());
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, Messages.msg().errorNotFound(what, InputErrors.shorten(id)));
    }

    public static ApiException serviceUnavailable() {
        return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, Messages.msg().errorServiceUnavailable());
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code.name());
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code.name());
    }
}
