package cn.civicservices.coverage;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.area.Area;

@Type("CertificationCoverage")
@Description("Certification coverage of one area (province, city, county, township or village) for a campaign year. "
        + "A pensioner is a pension that is not terminated (ACTIVE or SUSPENDED) of a person living in the area; "
        + "figures about today (due soon, overdue, suspended, completion) are as of `asOf`, the bureau's today. "
        + "`children` drills down one level.")
public record CertificationCoverage(
        @Description("The area.") @NonNull Area area,
        @Description("The campaign year: certifications of the certification campaigns that started in this year.") @NonNull int year,
        @Description("The bureau's today, the day the figures about today refer to.") @NonNull LocalDate asOf,
        @Description("Pensioners who must certify: pensions ACTIVE or SUSPENDED (not terminated) in the area.") @NonNull long pensioners,
        @Description("Certifications in the year's campaigns, all channels: the sum of the six channel figures.") @NonNull long certified,
        @Description("Certified in the campaign by face check in the app or at a kiosk (SELF_SERVICE).") @NonNull long selfService,
        @Description("Certified in the campaign at a service-point window (ASSISTED).") @NonNull long assisted,
        @Description("Certified in the campaign at a centralized village session (CENTRALIZED).") @NonNull long centralized,
        @Description("Certified in the campaign on a worker's home visit (HOME_VISIT).") @NonNull long homeVisit,
        @Description("Certified in the campaign silently from other records (DATA_COMPARISON).") @NonNull long dataComparison,
        @Description("Certified in the campaign with a relative's help (PROXY).") @NonNull long proxy,
        @Description("Days ahead that count as due soon (the certification policy's due window, 30).") @NonNull int dueWindowDays,
        @Description("Pensioners whose certification runs out within the due window: last valid day from today to "
                + "today + dueWindowDays - 1.") @NonNull long dueSoon,
        @Description("Pensioners whose certification has lapsed (last valid day before today) or who never certified.") @NonNull long overdue,
        @Description("Pensioners whose payment is suspended (status SUSPENDED).") @NonNull long suspended,
        @Description("Share of the pensioners whose certification is valid today: (pensioners - overdue) / "
                + "pensioners, from 0 to 1; 1 when the area has no pensioners.") @NonNull double completionRate) {
}
