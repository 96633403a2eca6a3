package cn.civicservices.common;

import java.util.Arrays;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * Whether a request asks for a field below the one being resolved, read from the query's syntax tree: field
 * names (not aliases), through named and inline fragments. An operation uses it to read in its own statement what
 * would otherwise be loaded in batches, one level at a time. It is a hint, never a rule: a field it misses is still
 * resolved by its batch, and one it finds but that a directive skips costs only the columns read for nothing.
 * <p>
 * graphql-java's own selection set would do the same, but it computes the normalized form of the whole operation
 * first, which costs more than the statements it saves (see {@link PlainFields}).
 */
public final class Lookahead {

    private Lookahead() {
    }

    /** Whether the field of this environment selects a field at this path of field names below it. */
    public static boolean asks(DataFetchingEnvironment environment, String... path) {
        if (path.length == 0) {
            return true;
        }
        Map<String, FragmentDefinition> fragments = environment.getFragmentsByName();
        for (Field field : environment.getMergedField().getFields()) {
            if (field.getSelectionSet() != null && asks(field.getSelectionSet(), path, 0, fragments, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asks(SelectionSet selections, String[] path, int at,
            Map<String, FragmentDefinition> fragments, int depth) {
        // Fragments cannot nest in a cycle in a valid document; the bound only keeps a strange one from looping.
        if (depth > 64) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            SelectionSet next = null;
            int nextAt = at;
            if (selection instanceof Field field) {
                if (field.getName().equals(path[at])) {
                    if (at + 1 == path.length) {
                        return true;
                    }
                    next = field.getSelectionSet();
                    nextAt = at + 1;
                }
            } else if (selection instanceof InlineFragment inline) {
                next = inline.getSelectionSet();
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                next = fragment == null ? null : fragment.getSelectionSet();
            }
            if (next != null && asks(next, path, nextAt, fragments, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a connection field asks for this path below each node, through {@code nodes} or {@code edges/node}. */
    public static boolean asksOfNodes(DataFetchingEnvironment environment, String... path) {
        return asks(environment, prefixed(path, "nodes")) || asks(environment, prefixed(path, "edges", "node"));
    }

    private static String[] prefixed(String[] path, String... prefix) {
        String[] full = Arrays.copyOf(prefix, prefix.length + path.length);
        System.arraycopy(path, 0, full, prefix.length, path.length);
        return full;
    }
}
