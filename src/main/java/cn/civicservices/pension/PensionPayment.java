package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PensionPayment")
@Description("A monthly pension payment.")
public record PensionPayment(
        @Description("The month paid for: its first day.") @NonNull LocalDate period,
        @Description("Amount in yuan.") @NonNull BigDecimal amount,
        @Description("Regular payment or back-pay of a month missed while suspended.") @NonNull PaymentKind kind,
        @Description("Day the money was paid.") @NonNull LocalDate paidOn) {

    public static PensionPayment of(PensionPaymentEntity e) {
        return new PensionPayment(e.period, e.amount, e.kind, e.paidOn);
    }
}
