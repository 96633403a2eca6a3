package cn.civicservices.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A validated Relay page request: {@code first/after} walks forward, {@code last/before} walks backward.
 * Queries fetch {@link #fetchSize()} rows (one more than asked) to learn whether another page exists.
 */
public record PageRequest(int size, boolean backward, Cursor cursor) {

    /** Descriptions of the paging arguments, the same on every connection. */
    public static final String FIRST = "Page size walking forward: 0 to 100; 20 when neither first nor last is given.";
    public static final String AFTER = "Cursor of the edge this page starts after, as returned (at most 200 characters).";
    public static final String LAST = "Page size walking backward: 0 to 100.";
    public static final String BEFORE = "Cursor of the edge this page ends before, as returned (at most 200 characters).";

    public static PageRequest of(Integer first, String after, Integer last, String before, GraphQLLimits limits) {
        if (first != null && last != null) {
            throw ApiException.badInput(Messages.msg().errorPageFirstAndLast());
        }
        if (after != null && before != null) {
            throw ApiException.badInput(Messages.msg().errorPageAfterAndBefore());
        }
        Integer asked = last != null ? last : first;
        if (asked != null && (asked < 0 || asked > limits.maxPageSize())) {
            throw ApiException.badInput(Messages.msg().errorPageSize(limits.maxPageSize()));
        }
        boolean backward = last != null || (first == null && before != null);
        int size = asked != null ? asked : limits.defaultPageSize();
        String token = backward ? before : after;
        if (!backward && before != null) {
            throw ApiException.badInput(Messages.msg().errorPageBeforeNeedsLast());
        }
        if (backward && after != null) {
            throw ApiException.badInput(Messages.msg().errorPageAfterNeedsFirst());
        }
        return new PageRequest(size, backward, token == null ? null : Cursor.decode(token));
    }

    public int fetchSize() {
        return size + 1;
    }

    /**
     * Turns the rows a keyset query returned (in walking order, up to {@link #fetchSize()}) into a page in list
     * order.
     */
    public <T, N> Page<N> page(List<T> rows, Function<T, N> toNode, Function<T, Cursor> toCursor, long totalCount) {
        boolean more = rows.size() > size;
        List<T> kept = new ArrayList<>(more ? rows.subList(0, size) : rows);
        if (backward) {
            Collections.reverse(kept);
        }
        List<Page.Item<N>> items = new ArrayList<>(kept.size());
        for (T row : kept) {
            items.add(new Page.Item<>(toCursor.apply(row).encode(), toNode.apply(row)));
        }
        boolean hasNext = backward ? cursor != null : more;
        boolean hasPrevious = backward ? more : cursor != null;
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                items.isEmpty() ? null : items.get(0).cursor(),
                items.isEmpty() ? null : items.get(items.size() - 1).cursor());
        return new Page<>(items, info, Math.toIntExact(totalCount));
    }
}
