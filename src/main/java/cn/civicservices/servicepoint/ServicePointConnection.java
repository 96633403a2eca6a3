package cn.civicservices.servicepoint;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("ServicePointConnection")
@Description("A page of service points.")
public record ServicePointConnection(
        @Description("The points of this page with their cursors.") @NonNull List<@NonNull ServicePointEdge> edges,
        @Description("The points of this page.") @NonNull List<@NonNull ServicePoint> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Ignore ServicePointService.Matching matching) {

    @Type("ServicePointEdge")
    @Description("A service point with its cursor.")
    public record ServicePointEdge(@Description("Where this point stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The service point.") @NonNull ServicePoint node) {
    }

    static ServicePointConnection of(Page<ServicePoint> page, ServicePointService.Matching matching) {
        return new ServicePointConnection(
                page.items().stream().map(i -> new ServicePointEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), matching);
    }
}
