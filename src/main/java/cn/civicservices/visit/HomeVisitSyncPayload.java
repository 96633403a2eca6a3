package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HomeVisitSyncPayload")
@Description("One result per record sent, in the order sent.")
public record HomeVisitSyncPayload(
        @Description("The result of each record, in the order sent.") @NonNull List<@NonNull HomeVisitSyncResult> results) {

    @Type("HomeVisitSyncResult")
    @Description("What became of one record.")
    public record HomeVisitSyncResult(
            @Description("The record's clientId, as sent.") @NonNull String clientId,
            @Description("Stored now, received before, or refused.") @NonNull SyncStatus status,
            @Description("The visit as stored; null when refused.") HomeVisit homeVisit,
            @Description("Why it was refused, or why it was stored for review only; null otherwise.") HomeVisitError error) {
    }
}
