package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HomeVisitRequestPayload")
@Description("The home visit requested, or the open one that already existed.")
public record HomeVisitRequestPayload(
        @Description("The visit: new, or the one this clientId or an earlier request already created.") HomeVisit homeVisit,
        @Description("Why nothing new was created; empty when the request was recorded.") @NonNull List<@NonNull HomeVisitError> userErrors) {
}
