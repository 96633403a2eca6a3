package cn.civicservices.pension;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("BenefitStatus")
@Description("Whether a pension is being paid.")
public enum BenefitStatus {
    @Description("Paid every month.")
    ACTIVE,
    @Description("Not paid for now, usually because the yearly certification lapsed; resumes with back-pay once certified.")
    SUSPENDED,
    @Description("Ended for good.")
    TERMINATED
}
