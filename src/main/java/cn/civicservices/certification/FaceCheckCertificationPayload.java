package cn.civicservices.certification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.UserError;
import cn.civicservices.pension.PensionStatus;

@Type("CertificationSubmitFaceCheckPayload")
@Description("What a self-service certification did.")
public record FaceCheckCertificationPayload(
        @Description("The new certification; null when refused.") CertificationRecord certification,
        @Description("Months back-paid because a suspended pension resumed; null when none.") BackPay backPay,
        @Description("The pension status after this certification; null when refused.") PensionStatus pensionStatus,
        @Description("Why it was refused; empty on success.") @NonNull List<@NonNull UserError> userErrors) {

    static FaceCheckCertificationPayload refused(UserError error) {
        return new FaceCheckCertificationPayload(null, null, null, List.of(error));
    }
}
