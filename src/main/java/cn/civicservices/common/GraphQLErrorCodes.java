package cn.civicservices.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.QueryCache;

/**
 * Gives every top-level GraphQL error an {@code extensions.code} and a message fit for the caller: coded
 * {@link ApiException}s as they are, security failures as UNAUTHENTICATED or FORBIDDEN, malformed documents as
 * GRAPHQL_VALIDATION_FAILED, and anything unexpected as INTERNAL with a reference to the log line, never a Java
 * class name or stack detail.
 * <p>
 * Installed on SmallRye's GraphQL builder, together with the query depth and complexity limits and SmallRye's
 * parsed-document cache that the builder would otherwise carry.
 */
@ApplicationScoped
public class GraphQLErrorCodes extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(GraphQLErrorCodes.class);

    private final GraphQLLimits limits;

    GraphQLErrorCodes(GraphQLLimits limits) {
        this.limits = limits;
    }

    void install(@Observes GraphQL.Builder builder) {
        QueryCache cache = new QueryCache();
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(limits.maxDepth()),
                new MaxQueryComplexityInstrumentation(limits.maxComplexity()),
                cache,
                this)))
                .preparsedDocumentProvider(cache);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            errors.add(withCode(error));
        }
        return CompletableFuture.completedFuture(
                ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            ApiException api = toApiException(cause);
            return GraphqlErrorBuilder.newError()
                    .message(api.getMessage())
                    .locations(error.getLocations())
                    .path(error.getPath())
                    .errorType(api.getErrorType())
                    .extensions(api.getExtensions())
                    .build();
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError
                || type == ErrorType.ExecutionAborted) {
            return coded(error, ErrorCode.GRAPHQL_VALIDATION_FAILED);
        }
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && extensions.get("code") != null) {
            return error;
        }
        return coded(error, ErrorCode.INTERNAL);
    }

    private static GraphQLError coded(GraphQLError error, ErrorCode code) {
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(Map.of("code", code.name()))
                .build();
    }

    /** The first failure in the cause chain that has a code of its own, or the failure itself. */
    private static Throwable unwrap(Throwable t) {
        for (Throwable current = t; current != null;
                current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof ApiException || current instanceof ConstraintViolationException
                    || isSecurity(current)) {
                return current;
            }
        }
        return t;
    }

    private static boolean isSecurity(Throwable t) {
        return t instanceof UnauthorizedException || t instanceof ForbiddenException
                || t instanceof AuthenticationFailedException;
    }

    static ApiException toApiException(Throwable t) {
        if (t instanceof ApiException api) {
            return api;
        }
        if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
            return ApiException.unauthenticated();
        }
        if (t instanceof ForbiddenException) {
            return ApiException.forbidden();
        }
        if (t instanceof ConstraintViolationException violations) {
            String message = violations.getConstraintViolations().stream()
                    .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            return ApiException.badInput(message);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(t, "Unexpected failure while resolving a GraphQL field, reference %s", reference);
        return new ApiException(ErrorCode.INTERNAL, Messages.get("error.internal", reference));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
