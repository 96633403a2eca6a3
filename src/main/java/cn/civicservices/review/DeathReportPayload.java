package cn.civicservices.review;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.certification.BackPay;

@Type("DeathReportPayload")
@Description("What a decision on a reported death did, or why it was refused. Sending the same decision again "
        + "answers the same and changes nothing.")
public record DeathReportPayload(
        @Description("The decision; null when refused.") DeathReportDecisionKind decision,
        @Description("The day the death was reported for: the pensions end on it when confirmed.") LocalDate reportedOn,
        @Description("Pensions ended (confirmed) or resumed (rejected).") Integer pensionsChanged,
        @Description("Confirmed: payments for months after the reported day, to be recovered.") PaymentRecovery recovery,
        @Description("Rejected: the months back-paid to the resumed pensions; null when none.") BackPay backPay,
        @Description("Why nothing was decided; empty when it was (now or before).")
        @NonNull List<@NonNull ReviewError> userErrors) {

    static DeathReportPayload refused(ReviewError error) {
        return new DeathReportPayload(null, null, null, null, null, List.of(error));
    }
}
