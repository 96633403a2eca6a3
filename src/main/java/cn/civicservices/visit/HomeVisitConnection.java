package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("HomeVisitConnection")
@Description("A page of home visits, newest first.")
public record HomeVisitConnection(@Description("The visits of this page with their cursors.") @NonNull List<@NonNull HomeVisitEdge> edges,
        @Description("The visits of this page.") @NonNull List<@NonNull HomeVisit> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo, @Description("How many visits in all.") @NonNull int totalCount) {

    @Type("HomeVisitEdge")
    @Description("A visit with its cursor.")
    public record HomeVisitEdge(@Description("Where this visit stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The visit.") @NonNull HomeVisit node) {
    }

    static HomeVisitConnection of(Page<HomeVisit> page) {
        return new HomeVisitConnection(page.items().stream().map(i -> new HomeVisitEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), page.totalCount());
    }
}
