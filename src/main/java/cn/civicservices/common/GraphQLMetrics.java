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
     * The meters made so far, each kept by its labels: the same meters the registry holds (the schema bounds the
     * operations, the API the codes), so these stay small. Finding a meter here is a map read; finding it through
     * the registry builds its identity and sorted tags and looks them up there, on every request.
     */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private final Map<ErrorKey, Counter> errors = new ConcurrentHashMap<>();

    /** The labels of a request's timer; a null type is a document that never reached execution. */
    private record TimerKey(String operation, OperationDefinition.Operation type, boolean success) {
    }

    private record ErrorKey(String code, String operation) {
    }

    /**
     * When a request started and which operation it turned out to be: part of the request's state, which
     * {@link ApiInstrumentation} makes.
     */
    static class Timing implements InstrumentationState {
        final long started = System.nanoTime();
        String operation = "invalid";
        OperationDefinition.Operation type;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof Timing timing) {
            OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
            timing.type = operation.getOperation();
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
                errors.computeIfAbsent(new ErrorKey(code == null ? ErrorCode.INTERNAL.name() : code.toString(),
                        timing.operation), this::counter).increment();
            }
        }
        return CompletableFuture.completedFuture(result);
    }

    private Timer timer(TimerKey key) {
        return Timer.builder(TIMER).description("GraphQL requests by operation (the first root field)")
                .tag("operation", key.operation())
                .tag("type", key.type() == null ? "unknown" : key.type().name().toLowerCase(Locale.ROOT))
                .tag("outcome", key.success() ? "success" : "error").register(registry);
    }

    private Counter counter(ErrorKey key) {
        return Counter.builder(ERRORS).description("Top-level GraphQL errors answered, by code")
                .tag("code", key.code()).tag("operation", key.operation()).register(registry);
    }
}
