package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("HomeVisitConnection")
@Description("A page of home visits, newest first.")
public record HomeVisitConnection(@NonNull List<@NonNull HomeVisitEdge> edges, @NonNull List<@NonNull HomeVisit> nodes,
        @NonNull PageInfo pageInfo, @Description("How many visits in all.") @NonNull long totalCount) {

    @Type("HomeVisitEdge")
    public record HomeVisitEdge(@NonNull String cursor, @NonNull HomeVisit node) {
    }

    static HomeVisitConnection of(Page<HomeVisit> page) {
        return new HomeVisitConnection(page.items().stream().map(i -> new HomeVisitEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), page.totalCount());
    }
}
