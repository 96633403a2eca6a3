package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Contribution")
@Description("One year's contribution to a pension scheme.")
public record Contribution(
        @Description("The year paid for.") @NonNull int year,
        @Description("Scheme paid into.") @NonNull Scheme scheme,
        @Description("Amount the person paid, yuan.") @NonNull BigDecimal amount,
        @Description("Government subsidy credited to the personal account, yuan.") @NonNull BigDecimal subsidy,
        @Description("Day it was paid.") @NonNull LocalDate paidOn) {
}
