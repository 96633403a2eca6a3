package cn.civicservices.certification;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("BackPay")
@Description("Months missed while a pension was suspended, paid once it resumed (补发).")
public record BackPay(@Description("How many months.") @NonNull int months,
        @Description("Total in yuan.") @NonNull BigDecimal total) {
}
