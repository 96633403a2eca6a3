package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitOutcome")
@Description("What came of a visit.")
public enum VisitOutcome {
    @Description("The person was certified.") CERTIFIED,
    @Description("Nobody was at home.") NOT_AT_HOME,
    @Description("The person was reported deceased.") REPORTED_DECEASED,
    @Description("The person refused.") REFUSED,
    @Description("Another visit is needed.") NEEDS_FOLLOW_UP
}
