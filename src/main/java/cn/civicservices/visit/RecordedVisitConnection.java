package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("RecordedVisitConnection")
@Description("A page of the visits a worker recorded, most recent visit first.")
public record RecordedVisitConnection(
        @Description("The visits of this page with their cursors.") @NonNull List<@NonNull RecordedVisitEdge> edges,
        @Description("The visits of this page.") @NonNull List<@NonNull RecordedVisit> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Description("How many visits in all.") @NonNull int totalCount) {

    @Type("RecordedVisitEdge")
    @Description("A recorded visit with its cursor.")
    public record RecordedVisitEdge(
            @Description("Where this visit stands in the list; pass as `after`.") @NonNull String cursor,
            @Description("The visit.") @NonNull RecordedVisit node) {
    }

    static RecordedVisitConnection of(Page<RecordedVisit> page) {
        return new RecordedVisitConnection(page.items().stream()
                .map(i -> new RecordedVisitEdge(i.cursor(), i.node())).toList(), page.nodes(), page.pageInfo(),
                page.totalCount());
    }
}
