package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpcomingPayment")
@Description("The next payment of an active pension.")
public record UpcomingPayment(
        @Description("The month it pays for: its first day.") @NonNull LocalDate period,
        @Description("Day it is expected in the bank account.") @NonNull LocalDate expectedOn,
        @Description("Amount in yuan.") @NonNull BigDecimal amount) {
}
