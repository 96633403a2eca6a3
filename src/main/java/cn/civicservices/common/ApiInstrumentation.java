package cn.civicservices.common;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The API's instrumentation of the engine, as one: the document limits, the parsed-document cache, the error codes
 * with the guard of a database not ready, and the metrics, each called at the few points of a request it needs and
 * nowhere else.
 * <p>
 * graphql-java's chain of instrumentations calls every member before and after every field of every request and
 * gathers their answers, although none of these does anything per field; one instrumentation that does nothing per
 * field is skipped there altogether.
 */
final class ApiInstrumentation extends SimplePerformantInstrumentation {

    private final DocumentLimits limits;
    private final QueryCache cache;
    private final GraphQLErrorCodes codes;
    private final GraphQLMetrics metrics;

    ApiInstrumentation(DocumentLimits limits, QueryCache cache, GraphQLErrorCodes codes, GraphQLMetrics metrics) {
        this.limits = limits;
        this.cache = cache;
        this.codes = codes;
        this.metrics = metrics;
    }

    /** The metrics' timing is the request's only state. */
    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return metrics.createStateAsync(parameters);
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
        limits.beginExecuteOperation(parameters, state);
        InstrumentationContext<ExecutionResult> timing = metrics.beginExecuteOperation(parameters, state);
        codes.beginExecuteOperation(parameters, state);
        return timing;
    }

    /** The errors get their codes, then the metrics count them by code. */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return codes.instrumentExecutionResult(result, parameters, state)
                .thenCompose(coded -> metrics.instrumentExecutionResult(coded, parameters, state));
    }
}
