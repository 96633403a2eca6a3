package cn.civicservices.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("AuditEntryConnection")
@Description("A page of the audit trail, newest first. `totalCount` counts every matching record and costs a "
        + "count over them: ask for it only when needed.")
public record AuditEntryConnection(
        @Description("The records of this page with their cursors.") @NonNull List<@NonNull AuditEntryEdge> edges,
        @Description("The records of this page.") @NonNull List<@NonNull AuditEntry> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Ignore AuditTrailService.Query query) {

    @Type("AuditEntryEdge")
    @Description("An audit record with its cursor.")
    public record AuditEntryEdge(
            @Description("Where this record stands in the trail; pass as `after`.") @NonNull String cursor,
            @Description("The record.") @NonNull AuditEntry node) {
    }

    static AuditEntryConnection of(Page<AuditEntry> page, AuditTrailService.Query query) {
        return new AuditEntryConnection(page.items().stream().map(i -> new AuditEntryEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), query);
    }
}
