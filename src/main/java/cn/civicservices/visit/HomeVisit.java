package cn.civicservices.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.worker.WorkerContact;

@Type("HomeVisit")
@Description("A worker's visit to a resident's home (上门服务), e.g. to certify a bedridden pensioner.")
public record HomeVisit(
        @Id @NonNull @Description("Identifier of the visit.") String id,
        @NonNull @Description("The id the requesting phone generated; sending it again never creates a second visit.") String clientId,
        @NonNull @Description("Why.") VisitReason reason,
        @NonNull @Description("Who asked for it.") RequestedBy requestedBy,
        @NonNull @Description("Where it stands.") VisitStatus status,
        @Description("Day the worker plans to come.") LocalDate scheduledOn,
        @Description("What came of it, once done.") VisitOutcome outcome,
        @Description("When the worker was there, once done.") OffsetDateTime visitedAt,
        @NonNull @Description("When it was asked for.") OffsetDateTime requestedAt,
        @Description("The worker who will come, with a phone to call.") WorkerContact worker,
        @NonNull @Description("Whether the visit is stored as recorded but waits for an administrator's review.") boolean needsReview,
        @Description("Why it waits for review; null when it does not.") ReviewReason reviewReason,
        @Ignore long visitId) {

    public static HomeVisit of(HomeVisitEntity e, WorkerContact worker) {
        return new HomeVisit(String.valueOf(e.id), e.clientId.toString(), e.reason, e.requestedBy, e.status,
                e.scheduledOn, e.outcome, e.visitedAt, e.createdAt, worker, e.needsReview, e.reviewReason, e.id);
    }
}
