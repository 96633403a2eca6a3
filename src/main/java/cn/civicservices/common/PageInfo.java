package cn.civicservices.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page stands in the whole list (Relay cursor connections).")
public record PageInfo(
        @Description("Whether a page follows this one.") @NonNull boolean hasNextPage,
        @Description("Whether a page comes before this one.") @NonNull boolean hasPreviousPage,
        @Description("Cursor of the first edge of this page, to pass as `before`.") String startCursor,
        @Description("Cursor of the last edge of this page, to pass as `after`.") String endCursor) {
}
