package cn.civicservices.certification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CertificationSessionPayload")
@Description("What a certification session recorded: one result per person, in the order sent. Each person is "
        + "certified completely or not at all; one refusal never undoes the others.")
public record CertificationSessionPayload(
        @Description("How many people were certified.") @NonNull int certifiedCount,
        @Description("One result per ID number sent, in the same order.") @NonNull List<@NonNull Result> results,
        @Description("Why nothing was recorded at all; empty when the session was recorded.")
        @NonNull List<@NonNull CertificationError> userErrors) {

    @Type("CertificationSessionResult")
    @Description("The outcome for one person of a session.")
    public record Result(
            @Description("Position in the list sent, from 0.") @NonNull int index,
            @Description("The person, masked; null when the number is malformed.") String idNumberMasked,
            @Description("The certification; null when refused.") CertificationRecord certification,
            @Description("Months back-paid; null when none.") BackPay backPay,
            @Description("Why this person was not certified; null when certified.") CertificationError error) {
    }
}
