package cn.civicservices.common;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoaderRegistry;
import org.jboss.logging.Logger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The API's instrumentation of the engine, as one: the request context kept until the operation has finished
 * ({@link RequestContextGuard}), the document limits, the parsed-document cache, the error codes with the guard of
 * a database not ready, and the metrics, each called at the few points of a request it needs and nowhere else.
 * <p>
 * graphql-java's chain of instrumentations calls every member before and after every field of every request and
 * gathers their answers, although none of these does anything per field; one instrumentation that does nothing per
 * field is skipped there altogether.
 */
final class ApiInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ApiInstrumentation.class);

    private final DocumentLimits limits;
    private final QueryCache cache;
    private final GraphQLErrorCodes codes;
    private final GraphQLMetrics metrics;
    private final CurrentVertxRequest http;

    ApiInstrumentation(DocumentLimits limits, QueryCache cache, GraphQLErrorCodes codes, GraphQLMetrics metrics,
            CurrentVertxRequest http) {
        this.limits = limits;
        this.cache = cache;
        this.codes = codes;
        this.metrics = metrics;
        this.http = http;
    }

    /**
     * A request's state: the metrics' timing, the guard of its request context once execution has begun, and
     * whether its caller left before that.
     */
    static final class Request extends GraphQLMetrics.Timing {
        RequestContextGuard guard;
        boolean callerLeft;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Request());
    }

    /**
     * Every request gets a registry of its own for the loaders of its batched fields, which {@link PlainFields}
     * makes as they are needed; with one, the engine dispatches them level by level.
     */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (input.getDataLoaderRegistry() != EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return input;
        }
        return input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
    }

    /**
     * The request context is kept from here until the operation has finished. The operation finishes in
     * {@link #instrumentExecutionResult} (also when it was aborted), or here with a failure. A request whose caller
     * left before the guard took over its response has lost its request context, or is losing it, and its operation
     * does not begin.
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Request request = (Request) state;
        request.guard = RequestContextGuard.install(http);
        // Checked once the guard has the response: a close it did not see had already ended the context, or will.
        if (RequestContextGuard.callerLeft(parameters.getExecutionInput())
                || request.guard != null && request.guard.closedBeforeTakeover()) {
            request.callerLeft = true;
        }
        if (request.guard == null) {
            return SimpleInstrumentationContext.noOp();
        }
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            if (failure != null) {
                request.guard.operationDone();
            }
        });
    }

    /** A document that validates joins the cache (SmallRye's cache learns it here). */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return cache.beginValidation(parameters, state);
    }

    /**
     * The limits first (a document over them is aborted, and counted as invalid), then the metrics learn the
     * operation, then an operation is refused while the database schema is not ready.
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (((Request) state).callerLeft) {
            LOG.debug("The caller left before the operation began; it was not run");
            throw new AbortExecutionException("The caller left before the operation began.");
        }
        limits.beginExecuteOperation(parameters, state);
        InstrumentationContext<ExecutionResult> timing = metrics.beginExecuteOperation(parameters, state);
        codes.beginExecuteOperation(parameters, state);
        return timing;
    }

    /**
     * The errors get their codes, then the metrics count them by code; then the operation has finished, and its
     * request context may end with its response.
     */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        RequestContextGuard guard = ((Request) state).guard;
        if (((Request) state).callerLeft) {
            // Nobody reads this answer, and what would code or count it (language, metrics) left with the caller.
            if (guard != null) {
                guard.operationDone();
            }
            return CompletableFuture.completedFuture(result);
        }
        CompletableFuture<ExecutionResult> coded = codes.instrumentExecutionResult(result, parameters, state)
                .thenCompose(answer -> metrics.instrumentExecutionResult(answer, parameters, state));
        return guard == null ? coded : coded.whenComplete((answer, failure) -> guard.operationDone());
    }
}
