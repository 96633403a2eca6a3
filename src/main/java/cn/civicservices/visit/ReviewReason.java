package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitReviewReason")
@Description("Why a recorded visit waits for an administrator's review. The visit is stored as the worker recorded it.")
public enum ReviewReason {
    @Description("Recorded as certified, but the person was certified meanwhile through another channel (after the "
            + "visit, or recently enough that the certification runs beyond 11 months from today): not certified again.")
    CERTIFIED_MEANWHILE,
    @Description("Recorded as certified, but the person is recorded or reported as deceased: not certified.")
    DECEASED,
    @Description("Recorded as certified, but the person has no pension that needs certification: not certified.")
    NOTHING_TO_CERTIFY
}
