package cn.civicservices.pension;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Page;
import cn.civicservices.common.PageInfo;

/** The Relay connection types of the pension records. */
public final class Connections {

    private Connections() {
    }

    @Type("ContributionConnection")
    @Description("A page of contributions, newest year first.")
    public record ContributionConnection(@Description("The contributions of this page with their cursors.") @NonNull List<@NonNull ContributionEdge> edges,
            @Description("The contributions of this page.") @NonNull List<@NonNull Contribution> nodes,
            @Description("Paging information.") @NonNull PageInfo pageInfo,
            @Description("How many contributions in all.") @NonNull int totalCount) {

        static ContributionConnection of(Page<Contribution> page) {
            return new ContributionConnection(
                    page.items().stream().map(i -> new ContributionEdge(i.cursor(), i.node())).toList(),
                    page.nodes(), page.pageInfo(), page.totalCount());
        }
    }

    @Type("ContributionEdge")
    @Description("A contribution with its cursor.")
    public record ContributionEdge(@Description("Where this contribution stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The contribution.") @NonNull Contribution node) {
    }

    @Type("PensionPaymentConnection")
    @Description("A page of payments, newest month first.")
    public record PensionPaymentConnection(@Description("The payments of this page with their cursors.") @NonNull List<@NonNull PensionPaymentEdge> edges,
            @Description("The payments of this page.") @NonNull List<@NonNull PensionPayment> nodes,
            @Description("Paging information.") @NonNull PageInfo pageInfo,
            @Description("How many payments in all.") @NonNull int totalCount) {

        static PensionPaymentConnection of(Page<PensionPayment> page) {
            return new PensionPaymentConnection(
                    page.items().stream().map(i -> new PensionPaymentEdge(i.cursor(), i.node())).toList(),
                    page.nodes(), page.pageInfo(), page.totalCount());
        }
    }

    @Type("PensionPaymentEdge")
    @Description("A payment with its cursor.")
    public record PensionPaymentEdge(@Description("Where this payment stands in the list; pass as `after` or `before`.") @NonNull String cursor,
            @Description("The payment.") @NonNull PensionPayment node) {
    }
}
