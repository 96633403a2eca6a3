package cn.civicservices.coverage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

@Type("CertificationCoverageConnection")
@Description("A page of the child areas of an area with their certification coverage, ordered by area code.")
public record CertificationCoverageConnection(
        @Description("The child areas of this page with their cursors.") @NonNull List<@NonNull CertificationCoverageEdge> edges,
        @Description("The child areas of this page.") @NonNull List<@NonNull CertificationCoverage> nodes,
        @Description("Paging information.") @NonNull PageInfo pageInfo,
        @Description("How many child areas there are, across all pages.") @NonNull int totalCount) {

    @Type("CertificationCoverageEdge")
    @Description("A child area's coverage with its cursor.")
    public record CertificationCoverageEdge(
            @Description("Where this area stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The child area's coverage.") @NonNull CertificationCoverage node) {
    }

    static CertificationCoverageConnection of(Page<CertificationCoverage> page) {
        return new CertificationCoverageConnection(
                page.items().stream().map(i -> new CertificationCoverageEdge(i.cursor(), i.node())).toList(),
                page.nodes(), page.pageInfo(), page.totalCount());
    }
}
