package cn.civicservices.pension;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PensionEstimate")
@Description("Estimated monthly residents' basic pension: basic pension standard + account balance / months divisor.")
public record PensionEstimate(
        @Description("Basic pension standard in force, yuan per month.") @NonNull BigDecimal basicMonthly,
        @Description("Personal-account pension: balance divided by the months divisor, yuan per month.") @NonNull BigDecimal accountMonthly,
        @Description("The two together, yuan per month.") @NonNull BigDecimal monthlyTotal,
        @Description("Personal-account balance used, yuan.") @NonNull BigDecimal accountBalance,
        @Description("Months divisor for the age at the start (139 at 60).") @NonNull int monthsDivisor) {
}
