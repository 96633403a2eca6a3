package cn.civicservices.worklist;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("WorkListConnection")
@Description("A page of a worker's work list, most urgent first: suspended pensions, then the bedridden and those "
        + "living alone, then the soonest lapse.")
public record WorkListConnection(
        @Description("The entries of this page with their cursors.") @NonNull List<@NonNull WorkListEdge> edges,
        @Description("The entries of this page.") @NonNull List<@NonNull WorkListEntry> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Description("How many entries in all.") @NonNull int totalCount) {

    @Type("WorkListEdge")
    @Description("A work-list entry with its cursor.")
    public record WorkListEdge(
            @Description("Where this entry stands in the list; pass as `after`.") @NonNull String cursor,
            @Description("The entry.") @NonNull WorkListEntry node) {
    }

    static WorkListConnection of(Page<WorkListEntry> page) {
        return new WorkListConnection(page.items().stream().map(i -> new WorkListEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), page.totalCount());
    }
}
