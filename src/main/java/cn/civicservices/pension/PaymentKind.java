package cn.civicservices.pension;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PaymentKind")
@Description("Why a payment was made.")
public enum PaymentKind {
    @Description("The month's regular payment.")
    REGULAR,
    @Description("A month missed while the pension was suspended, paid after it resumed (补发).")
    BACK_PAY
}
