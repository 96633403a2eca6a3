package cn.civicservices.status;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.certification.CertificationStatus;
import cn.civicservices.pension.PensionBenefit;
import cn.civicservices.resident.ResidentProfile;

@Type("PensionStatus")
@Description("Everything a pensioner needs on one screen: is the pension paid, is the certification done, what next.")
public record PensionStatus(
        @Description("Whose status this is.") @NonNull ResidentProfile resident,
        @Description("The person's pensions, at most one per scheme.") @NonNull List<@NonNull PensionBenefit> benefits,
        @Description("The yearly certification.") @NonNull CertificationStatus certification,
        @Description("What to do next and whom to contact.") @NonNull NextStep nextStep) {
}
