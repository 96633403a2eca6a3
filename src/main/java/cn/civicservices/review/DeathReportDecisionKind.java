package cn.civicservices.review;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DeathReportDecisionKind")
@Description("An administrator's decision on a death a worker reported.")
public enum DeathReportDecisionKind {
    @Description("The death is confirmed: the person's pensions end on the reported day.")
    CONFIRMED,
    @Description("The report was wrong: the pensions it suspended resume with back-pay.")
    REJECTED
}
