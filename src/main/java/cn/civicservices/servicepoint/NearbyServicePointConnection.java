package cn.civicservices.servicepoint;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("NearbyServicePointConnection")
@Description("Service points nearest first, with the distance to each.")
public record NearbyServicePointConnection(
        @Description("The points of this page with their cursors and distances.")
        @NonNull List<@NonNull NearbyServicePointEdge> edges,
        @Description("The points of this page.") @NonNull List<@NonNull ServicePoint> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Ignore ServicePointService.Matching matching) {

    @Type("NearbyServicePointEdge")
    @Description("A service point with its cursor and its distance from the given position.")
    public record NearbyServicePointEdge(@Description("Where this point stands in the list; pass as `after`.") @NonNull String cursor,
            @Description("The service point.") @NonNull ServicePoint node,
            @Description("Great-circle distance in metres, rounded.") @NonNull int distanceMeters) {
    }

    public record Nearby(ServicePoint point, double distanceMeters) {
    }

    static NearbyServicePointConnection of(Page<Nearby> page, ServicePointService.Matching matching) {
        return new NearbyServicePointConnection(
                page.items().stream().map(i -> new NearbyServicePointEdge(i.cursor(), i.node().point(),
                        (int) Math.round(i.node().distanceMeters()))).toList(),
                page.nodes().stream().map(Nearby::point).toList(), page.pageInfo(), matching);
    }
}
