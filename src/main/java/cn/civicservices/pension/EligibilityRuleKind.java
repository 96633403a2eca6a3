package cn.civicservices.pension;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EligibilityRuleKind")
@Description("The rules of the residents' basic pension.")
public enum EligibilityRuleKind {
    @Description("Aged 60 or more.")
    AGE,
    @Description("At least 15 contribution years, fewer for those who were near 60 when the scheme started locally.")
    CONTRIBUTION_YEARS,
    @Description("Not already drawing another basic pension (e.g. the employees' pension).")
    NO_OTHER_BASIC_PENSION
}
