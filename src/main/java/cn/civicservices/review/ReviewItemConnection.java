package cn.civicservices.review;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("ReviewItemConnection")
@Description("What waits for review in the jurisdiction, oldest first.")
public record ReviewItemConnection(
        @Description("The items of this page with their cursors.") @NonNull List<@NonNull ReviewItemEdge> edges,
        @Description("The items of this page.") @NonNull List<@NonNull ReviewItem> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Description("How many items wait, across all pages.") @NonNull int totalCount) {

    @Type("ReviewItemEdge")
    @Description("A review item with its cursor.")
    public record ReviewItemEdge(@Description("Where this item stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The item.") @NonNull ReviewItem node) {
    }

    static ReviewItemConnection of(Page<ReviewItem> page) {
        return new ReviewItemConnection(
                page.items().stream().map(i -> new ReviewItemEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), page.totalCount());
    }
}
