package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PensionEligibilityInput")
@Description("A hypothetical person, as typed into the pension calculator.")
public class EligibilityInput {

    @NonNull
    @Description("Birth date.")
    public LocalDate birthDate;

    @NonNull
    @Description("Years contributed so far (0 to 60).")
    public Integer contributionYears;

    @DefaultValue("0")
    @Description("Personal-account balance in yuan, if known.")
    public BigDecimal accountBalance;

    @DefaultValue("false")
    @Description("Whether the person already draws another basic pension.")
    public Boolean drawsOtherBasicPension;

    @Description("Official code of the person's area (rules vary by place); the bureau's county when omitted.")
    public String areaCode;
}
