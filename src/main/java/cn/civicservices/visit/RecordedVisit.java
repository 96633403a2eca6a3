package cn.civicservices.visit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RecordedVisit")
@Description("A visit the calling worker recorded, with whom it was about: the worker's own history.")
public record RecordedVisit(
        @Id @NonNull @Description("Identifier of the visit.") String id,
        @Id @NonNull @Description("The person visited.") String residentId,
        @NonNull @Description("Name of the person visited.") String name,
        @NonNull @Description("ID number, masked.") String idNumberMasked,
        @NonNull @Description("Code of the person's village.") String villageCode,
        @NonNull @Description("Name of the person's village.") String villageName,
        @NonNull @Description("What came of it.") VisitOutcome outcome,
        @Description("The worker's note.") String note,
        @NonNull @Description("When the worker was there.") OffsetDateTime visitedAt,
        @NonNull @Description("Whether it waits for an administrator's review.") boolean needsReview,
        @Description("Why it waits for review; null when it does not.") ReviewReason reviewReason,
        @Ignore long visitId,
        @Ignore long resident) {
}
