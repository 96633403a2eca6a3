package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PensionBenefit")
@Description("A pension (养老金待遇) a person draws under one scheme.")
public record PensionBenefit(
        @Id @NonNull @Description("Identifier of the benefit.") String id,
        @Description("Scheme it is paid under.") @NonNull Scheme scheme,
        @Description("Whether it is being paid.") @NonNull BenefitStatus status,
        @Description("First day of the first month paid.") @NonNull LocalDate startedOn,
        @Description("Monthly amount in yuan: basic pension plus personal-account pension.") @NonNull BigDecimal monthlyAmount,
        @Description("Basic pension part, yuan per month (基础养老金).") @NonNull BigDecimal basicAmount,
        @Description("Personal-account part, yuan per month (个人账户养老金).") @NonNull BigDecimal accountAmount,
        @Description("Since when payment is suspended; null unless SUSPENDED.") LocalDate suspendedSince,
        @Description("Last payment made; null if none yet.") PensionPayment lastPayment,
        @Description("Next payment expected; null unless ACTIVE.") UpcomingPayment nextPayment,
        @Ignore long benefitId) {
}
