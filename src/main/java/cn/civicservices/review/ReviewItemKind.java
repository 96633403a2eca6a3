package cn.civicservices.review;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReviewItemKind")
@Description("What waits for an administrator's review.")
public enum ReviewItemKind {
    @Description("A death a worker reported: confirm it (deathReportConfirm) or reject it (deathReportReject).")
    DEATH_REPORT,
    @Description("A visit stored as the worker recorded it but flagged (see reviewReason): look at it and resolve it "
            + "(visitReviewResolve).")
    FLAGGED_VISIT
}
