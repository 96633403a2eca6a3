package cn.civicservices.area;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("AreaConnection")
@Description("A page of areas.")
public record AreaConnection(
        @Description("The areas of this page with their cursors.") @NonNull List<@NonNull AreaEdge> edges,
        @Description("The areas of this page.") @NonNull List<@NonNull Area> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Description("How many areas match, across all pages.") @NonNull int totalCount) {

    @Type("AreaEdge")
    @Description("An area with its cursor.")
    public record AreaEdge(@Description("Where this area stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The area.") @NonNull Area node) {
    }

    static AreaConnection of(Page<Area> page) {
        return new AreaConnection(page.items().stream().map(i -> new AreaEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), page.totalCount());
    }
}
