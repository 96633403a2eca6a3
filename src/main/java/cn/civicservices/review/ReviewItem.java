package cn.civicservices.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.visit.ReviewReason;
import cn.civicservices.visit.VisitOutcome;

@Type("ReviewItem")
@Description("A death report or a flagged visit waiting for the administrator. Every person listed is audited.")
public record ReviewItem(
        @Description("What kind of item.") @NonNull ReviewItemKind kind,
        @Description("Since when it waits: the reported day of death at midnight in the county, or when the visit "
                + "was flagged.") @NonNull OffsetDateTime since,
        @Id @Description("The resident concerned.") @NonNull String residentId,
        @Description("The resident's name.") @NonNull String residentName,
        @Description("The resident's ID number, masked.") @NonNull String idNumberMasked,
        @Description("The resident's village or community code.") @NonNull String villageCode,
        @Description("DEATH_REPORT: the day the death was reported for.") LocalDate reportedDeathOn,
        @Id @Description("FLAGGED_VISIT: the visit.") String visitId,
        @Description("FLAGGED_VISIT: why it was flagged.") ReviewReason reviewReason,
        @Description("FLAGGED_VISIT: what the worker recorded.") VisitOutcome visitOutcome,
        @Description("The worker who recorded the visit or reported the death, when known.") String workerName) {
}
