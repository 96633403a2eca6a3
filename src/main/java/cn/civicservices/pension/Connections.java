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
    public record ContributionConnection(@NonNull List<@NonNull ContributionEdge> edges,
            @NonNull List<@NonNull Contribution> nodes, @NonNull PageInfo pageInfo,
            @Description("How many contributions in all.") @NonNull long totalCount) {

        static ContributionConnection of(Page<Contribution> page) {
            return new ContributionConnection(
                    page.items().stream().map(i -> new ContributionEdge(i.cursor(), i.node())).toList(),
                    page.nodes(), page.pageInfo(), page.totalCount());
        }
    }

    @Type("ContributionEdge")
    public record ContributionEdge(@NonNull String cursor, @NonNull Contribution node) {
    }

    @Type("PensionPaymentConnection")
    @Description("A page of payments, newest month first.")
    public record PensionPaymentConnection(@NonNull List<@NonNull PensionPaymentEdge> edges,
            @NonNull List<@NonNull PensionPayment> nodes, @NonNull PageInfo pageInfo,
            @Description("How many payments in all.") @NonNull long totalCount) {

        static PensionPaymentConnection of(Page<PensionPayment> page) {
            return new PensionPaymentConnection(
                    page.items().stream().map(i -> new PensionPaymentEdge(i.cursor(), i.node())).toList(),
                    page.nodes(), page.pageInfo(), page.totalCount());
        }
    }

    @Type("PensionPaymentEdge")
    public record PensionPaymentEdge(@NonNull String cursor, @NonNull PensionPayment node) {
    }
}
