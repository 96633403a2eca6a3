package cn.civicservices.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * Gives every top-level GraphQL error an {@code extensions.code} and a message fit for the caller: coded
 * {@link ApiException}s as they are, security failures as UNAUTHENTICATED or FORBIDDEN, malformed documents as
 * GRAPHQL_VALIDATION_FAILED, a database out of reach (or a schema not migrated yet) as SERVICE_UNAVAILABLE, and
 * anything unexpected as INTERNAL with a reference to the log line, never a Java class name or stack detail.
 * Failures are logged without their messages ({@link Redacted}), which may repeat personal data of the request.
 * <p>
 * Installed on SmallRye's GraphQL builder by {@link GraphQLSetup}, with the document limits, SmallRye's own
 * parsed-document cache and the metrics, as one {@link ApiInstrumentation}.
 */
@ApplicationScoped
public class GraphQLErrorCodes extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(GraphQLErrorCodes.class);

    private final GraphQLLimits limits;
    private final DatabaseSchema database;

    GraphQLErrorCodes(GraphQLLimits limits, DatabaseSchema database) {
        this.limits = limits;
        this.database = database;
    }

    /**
     * Installs the limits, the parsed-document cache, the error codes, then the metrics, which see the codes, and
     * the guard that refuses operations while the database schema is not ready. The cache is the one SmallRye gave
     * the builder: SmallRye reads each request's document through that same cache before execution, and fills it
     * only from its place in the instrumentation.
     */
    void install(GraphQL.Builder builder, GraphQLMetrics metrics, CurrentVertxRequest http) {
        PreparsedDocumentProvider cache = builder.build().getPreparsedDocumentProvider();
        if (!(cache instanceof QueryCache queryCache)) {
            throw new IllegalStateException("SmallRye's parsed-document cache is missing from the GraphQL builder");
        }
        builder.instrumentation(new ApiInstrumentation(
                new DocumentLimits(limits.maxDepth(), limits.maxComplexity()), queryCache, this, metrics, http))
                .preparsedDocumentProvider(queryCache);
    }

    /**
     * Until the schema is migrated and checked, every operation is answered SERVICE_UNAVAILABLE before it runs.
     * Called after the metrics (see {@link ApiInstrumentation}), so that they have seen which operation it was.
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (!database.isReady()) {
            throw new Unavailable();
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** An operation refused because the database schema is not ready yet. */
    static final class Unavailable extends AbortExecutionException {

        Unavailable() {
            super(Messages.msg().errorServiceUnavailable());
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCode.SERVICE_UNAVAILABLE.name());
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            errors.add(withCode(error, parameters.getSchema(), parameters.getExecutionInput()));
        }
        return CompletableFuture.completedFuture(
                ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
    }

    static GraphQLError withCode(GraphQLError error) {
        return withCode(error, null, null);
    }

    /**
     * The error with its code. Constraint violations of arguments are BAD_USER_INPUT; a document or variables
     * that do not fit the schema are GRAPHQL_VALIDATION_FAILED with a message that names the argument or
     * variable at fault (the schema and the request are used to find it; either may be null).
     */
    static GraphQLError withCode(GraphQLError error, GraphQLSchema schema, ExecutionInput input) {
        if (error instanceof BeanValidationError) {
            return coded(error, ErrorCode.BAD_USER_INPUT, violations(error));
        }
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
        if (error instanceof Unavailable) {
            return ApiException.serviceUnavailable();
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError) {
            return coded(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, InputErrors.ofDocumentError(error, schema, input));
        }
        if (type == ErrorType.ExecutionAborted) {
            return coded(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, InputErrors.forPeople(error.getMessage()));
        }
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && extensions.get("code") != null) {
            return error;
        }
        return coded(error, ErrorCode.INTERNAL, error.getMessage());
    }

    /**
     * The violations SmallRye reports when an operation's constraints fail outside {@link ValidatedInput}: each
     * named by its path below the operation, without the invalid value.
     */
    private static String violations(GraphQLError error) {
        Object violations = error.getExtensions() == null ? null : error.getExtensions().get("violations");
        Msg msg = Messages.msg();
        if (!(violations instanceof List<?> list) || list.isEmpty()) {
            return msg.validationInvalid();
        }
        return list.stream().map(v -> {
            Object path = v instanceof Map<?, ?> m ? m.get("propertyPath") : null;
            List<?> nodes = path instanceof List<?> p ? p : List.of();
            String field = nodes.stream().skip(1).map(String::valueOf).collect(Collectors.joining("."));
            return msg.errorInput(field, msg.validationInvalid());
        }).distinct().sorted().collect(Collectors.joining(msg.errorInputSeparator()));
    }

    private static GraphQLError coded(GraphQLError error, ErrorCode code, String message) {
        return GraphqlErrorBuilder.newError()
                .message(message)
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
            return ApiException.badInput(InputErrors.of(violations, null));
        }
        String unavailable = DatabaseUnavailable.reason(t);
        if (unavailable != null) {
            LOG.warnf("The database is out of reach while resolving a GraphQL field (%s): answered SERVICE_UNAVAILABLE",
                    unavailable);
            return ApiException.serviceUnavailable();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(Redacted.of(t), "Unexpected failure while resolving a GraphQL field, reference %s", reference);
        return new ApiException(ErrorCode.INTERNAL, Messages.msg().errorInternal(reference));
    }
}
