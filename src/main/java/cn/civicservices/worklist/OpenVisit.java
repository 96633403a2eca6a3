package cn.civicservices.worklist;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.visit.RequestedBy;
import cn.civicservices.visit.VisitReason;
import cn.civicservices.visit.VisitStatus;

@Type("WorkListOpenVisit")
@Description("The person's open home-visit request, as the worker needs it at the door.")
public record OpenVisit(
        @Id @NonNull @Description("Identifier of the visit.") String id,
        @NonNull @Description("Why it was asked for.") VisitReason reason,
        @NonNull @Description("Who asked for it.") RequestedBy requestedBy,
        @NonNull @Description("Requested, or scheduled for a day.") VisitStatus status,
        @Description("Day the visit is planned for; null until scheduled.") LocalDate scheduledOn,
        @Description("The note left with the request.") String note,
        @NonNull @Description("When it was asked for.") OffsetDateTime requestedAt) {
}
