package cn.civicservices.status;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.certification.FaceCheckCertificationPayload;
import cn.civicservices.common.Caller;

@GraphQLApi
public class PensionStatusGraphQLApi {

    @Inject
    PensionStatusService status;

    @Inject
    Caller caller;

    @Query("myPensionStatus")
    @Description("The caller's pensions, certification and next step, in one query. Resident token.")
    public @NonNull PensionStatus myPensionStatus() {
        return status.statusOf(caller.requireResident(), true);
    }

    @Description("The pension status after this certification; null when refused.")
    public PensionStatus pensionStatus(@Source FaceCheckCertificationPayload payload) {
        return payload.residentId() == null ? null : status.statusOf(payload.residentId(), true);
    }
}
