package cn.civicservices.common;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The depth and size limits of a document ({@link GraphQLLimits}), measured once per parsed operation instead of
 * once per request.
 * <p>
 * The parsed documents are cached (SmallRye's query cache), so the same operation object comes back for every
 * request that sends the same text; its measure is kept beside it for as long as the cache keeps the document.
 * The measure counts every field the document names, through fragments, whatever {@code @skip} and
 * {@code @include} decide for a request: a bound that no set of variables can exceed. A document over a limit is
 * aborted before any field is fetched, and answered as GRAPHQL_VALIDATION_FAILED by {@link GraphQLErrorCodes}.
 */
final class DocumentLimits extends SimplePerformantInstrumentation {

    /** Depth and number of fields of an operation. */
    record Measure(int depth, int fields) {
    }

    private final int maxDepth;
    private final int maxFields;
    private final Map<OperationDefinition, Measure> measured = Collections.synchronizedMap(new WeakHashMap<>());

    DocumentLimits(int maxDepth, int maxFields) {
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        Measure measure = measured.get(operation);
        if (measure == null) {
            measure = measure(operation, parameters.getExecutionContext().getDocument(), maxFields);
            measured.put(operation, measure);
        }
        if (measure.depth() > maxDepth) {
            throw new AbortExecutionException(
                    "maximum query depth exceeded " + measure.depth() + " > " + maxDepth);
        }
        if (measure.fields() > maxFields) {
            throw new AbortExecutionException(
                    "maximum query complexity exceeded " + measure.fields() + " > " + maxFields);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * The depth (a root field is at depth 1) and the number of fields of the operation, fragments expanded. The walk
     * stops once it has counted more than {@code cap} fields: fragments spread over and over could otherwise name
     * more fields than memory holds, in a few lines.
     */
    static Measure measure(OperationDefinition operation, Document document, int cap) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
        int[] fields = {0};
        int depth = walk(operation.getSelectionSet(), 1, fragments, fields, cap);
        return new Measure(depth, fields[0]);
    }

    /**
     * The deepest field below this selection set, counting its fields into {@code fields}. Fragments cannot form a
     * cycle in a validated document.
     */
    private static int walk(SelectionSet selectionSet, int depth, Map<String, FragmentDefinition> fragments,
            int[] fields, int cap) {
        if (selectionSet == null) {
            return depth - 1;
        }
        int deepest = depth - 1;
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (fields[0] > cap) {
                break;
            }
            if (selection instanceof Field field) {
                fields[0]++;
                deepest = Math.max(deepest, walk(field.getSelectionSet(), depth + 1, fragments, fields, cap));
            } else if (selection instanceof InlineFragment inline) {
                deepest = Math.max(deepest, walk(inline.getSelectionSet(), depth, fragments, fields, cap));
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    deepest = Math.max(deepest, walk(fragment.getSelectionSet(), depth, fragments, fields, cap));
                }
            }
        }
        return deepest;
    }
}
