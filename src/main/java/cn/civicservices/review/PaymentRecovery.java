package cn.civicservices.review;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PaymentRecovery")
@Description("Payments made for months after a confirmed death: listed to be recovered, never deleted.")
public record PaymentRecovery(@Description("How many monthly payments.") @NonNull int payments,
        @Description("Their total in yuan.") @NonNull BigDecimal total) {
}
