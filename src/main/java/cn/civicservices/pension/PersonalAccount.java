package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Enrolment")
@Description("A person's enrolment in a pension scheme, with their personal account.")
public record PersonalAccount(
        @Description("Scheme.") @NonNull Scheme scheme,
        @Description("Day of enrolment.") @NonNull LocalDate enrolledOn,
        @Description("Day the enrolment ended, if it did.") LocalDate endedOn,
        @Description("Personal-account balance in yuan, as kept by the account ledger.") @NonNull BigDecimal accountBalance,
        @Description("Day the balance was last updated.") @NonNull LocalDate accountBalanceAsOf,
        @Description("Number of years with a contribution.") @NonNull int contributionYears,
        @Ignore long enrolmentId) {
}
