package cn.civicservices.certification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CertificationAssistPayload")
@Description("What an assisted certification did.")
public record AssistedCertificationPayload(
        @Description("The person, masked; null when not found.") String idNumberMasked,
        @Description("The new certification; null when refused.") CertificationRecord certification,
        @Description("Months back-paid because a suspended pension resumed; null when none.") BackPay backPay,
        @Description("Why it was refused; empty on success.") @NonNull List<@NonNull CertificationError> userErrors) {
}
