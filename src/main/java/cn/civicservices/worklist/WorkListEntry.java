package cn.civicservices.worklist;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.certification.CertificationState;
import cn.civicservices.visit.VisitOutcome;

@Type("WorkListEntry")
@Description("A person a worker should see: what they need at the door. ID numbers are masked.")
public record WorkListEntry(
        @Id @NonNull @Description("Identifier of the resident, for scheduling and recording visits.") String residentId,
        @NonNull @Description("Name.") String name,
        @NonNull @Description("ID number, masked, e.g. 1407**********7406.") String idNumberMasked,
        @NonNull @Description("Official code of the person's village or community.") String villageCode,
        @NonNull @Description("Name of the person's village or community.") String villageName,
        @Description("Home address.") String address,
        @Description("Phone; many elderly people have none.") String phone,
        @NonNull @Description("Age in years, today.") int age,
        @NonNull @Description("Bedridden: certify at home.") boolean bedridden,
        @NonNull @Description("Lives alone.") boolean livesAlone,
        @NonNull @Description("Where the yearly certification stands today; NOT_REQUIRED for someone without a pension "
                + "who asked for a visit.") CertificationState certificationState,
        @Description("Last day the certification is valid; null if never certified.") LocalDate certifiedUntil,
        @Description("Days left (0 on the last day, negative once lapsed); null if never certified.") Integer daysLeft,
        @Description("Since when payment is suspended; null if it is paid.") LocalDate paymentSuspendedSince,
        @Description("The open home-visit request, with its note; null if none.") OpenVisit openVisit,
        @Description("Outcome of the last visit that took place; null if none.") VisitOutcome lastVisitOutcome,
        @Description("When the last visit took place.") OffsetDateTime lastVisitedAt,
        @Ignore long id, @Ignore int urgencyRank, @Ignore int vulnerabilityRank, @Ignore LocalDate expiryKey) {
}
