package cn.civicservices.common;

import java.util.List;

/** One page of a list, before it is shaped into the GraphQL connection type of its node. */
public record Page<N>(List<Item<N>> items, PageInfo pageInfo, int totalCount) {

    /** The total of a page whose connection counts its rows only when a caller asks for them. */
    public static final int NOT_COUNTED = -1;

    public record Item<N>(String cursor, N node) {
    }

    public List<N> nodes() {
        return items.stream().map(Item::node).toList();
    }
}
