package cn.civicservices.coverage;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DailyCertifications")
@Description("Certifications of one day in an area, by channel, whether in a campaign or not (the day in the "
        + "bureau's calendar).")
public record DailyCertifications(
        @Description("The day.") @NonNull LocalDate date,
        @Description("All certifications of the day: the sum of the channels.") @NonNull long total,
        @Description("By face check (SELF_SERVICE).") @NonNull long selfService,
        @Description("At a service-point window (ASSISTED).") @NonNull long assisted,
        @Description("At a centralized session (CENTRALIZED).") @NonNull long centralized,
        @Description("On a home visit (HOME_VISIT).") @NonNull long homeVisit,
        @Description("Silently from other records (DATA_COMPARISON).") @NonNull long dataComparison,
        @Description("With a relative's help (PROXY).") @NonNull long proxy) {
}
