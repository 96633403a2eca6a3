package cn.civicservices.common;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus metrics of the GraphQL endpoint: the time of every request by operation, and the errors it answered
 * by code. The operation is the first root field of the document (e.g. {@code myPensionStatus}), which the schema
 * bounds; the operation names clients choose are not used, so no client can multiply the series. A document that
 * does not parse or validate counts as {@code invalid}.
 */
@ApplicationScoped
public class GraphQLMetrics extends SimplePerformantInstrumentation {

    static final String TIMER = "graphql.operation";
    static final String ERRORS = "graphql.errors";

    @Inject
    MeterRegistry registry;

    /**
     * The timers made so far, one per operation, type and outcome: the schema bounds the operations, so this stays
     * small. Finding a timer here is a map read; finding it through the registry builds its identity and sorted tags
     * and looks them up there, on every request.
     */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(String operation, String type, boolean success) {
    }

    /**
     * When a request started and which operation it turned out to be: part of the request's state, which
     * {@link ApiInstrumentation} makes.
     */
    static class Timing implements InstrumentationState {
        final long started = System.nanoTime();
        String operation = "invalid";
        String type = "unknown";
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof Timing timing) {
            OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
            timing.type = operation.getOperation().name().toLowerCase(Locale.ROOT);
            for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
                if (selection instanceof Field field) {
                    timing.operation = field.getName();
                    break;
                }
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof Timing timing) {
            timers.computeIfAbsent(new TimerKey(timing.operation, timing.type, result.getErrors().isEmpty()),
                    this::timer).record(System.nanoTime() - timing.started, TimeUnit.NANOSECONDS);
            for (GraphQLError error : result.getErrors()) {
                Map<String, Object> extensions = error.getExtensions();
                Object code = extensions == null ? null : extensions.get("code");
                Counter.builder(ERRORS).description("Top-level GraphQL errors answered, by code")
                        .tag("code", code == null ? ErrorCode.INTERNAL.name() : code.toString())
                        .tag("operation", timing.operation).register(registry).increment();
            }
        }
        return CompletableFuture.completedFuture(result);
    }

    private Timer timer(TimerKey key) {
        return Timer.builder(TIMER).description("GraphQL requests by operation (the first root field)")
                .tag("operation", key.operation()).tag("type", key.type())
                .tag("outcome", key.success() ? "success" : "error").register(registry);
    }
}
