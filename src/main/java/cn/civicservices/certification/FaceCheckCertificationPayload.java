package cn.civicservices.certification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CertificationSubmitFaceCheckPayload")
@Description("What a self-service certification did.")
public record FaceCheckCertificationPayload(
        @Description("The new certification; null when refused.") CertificationRecord certification,
        @Description("Months back-paid because a suspended pension resumed; null when none.") BackPay backPay,
        @Description("Why it was refused; empty on success.") @NonNull List<@NonNull CertificationError> userErrors,
        @Ignore Long residentId) {

    static FaceCheckCertificationPayload refused(CertificationError error) {
        return new FaceCheckCertificationPayload(null, null, List.of(error), null);
    }
}
