package cn.civicservices.worker;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("WorkerWorkloadConnection")
@Description("Workers of the jurisdiction, most loaded first.")
public record WorkerWorkloadConnection(
        @Description("The workers of this page with their cursors.") @NonNull List<@NonNull WorkerWorkloadEdge> edges,
        @Description("The workers of this page.") @NonNull List<@NonNull WorkerWorkload> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Description("How many workers the jurisdiction has, across all pages.") @NonNull int totalCount) {

    @Type("WorkerWorkloadEdge")
    @Description("A worker's workload with its cursor.")
    public record WorkerWorkloadEdge(@Description("Where this worker stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The worker's workload.") @NonNull WorkerWorkload node) {
    }

    static WorkerWorkloadConnection of(Page<WorkerWorkload> page) {
        return new WorkerWorkloadConnection(
                page.items().stream().map(i -> new WorkerWorkloadEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), page.totalCount());
    }
}
