package cn.civicservices.certification;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.civicservices.common.Caller;

@GraphQLApi
public class CertificationGraphQLApi {

    @Inject
    CertificationService service;

    @Inject
    Caller caller;

    @Mutation("certificationSubmitFaceCheck")
    @Description("Certifies the caller with a face-check result of the identity verification service: valid for 12 "
            + "months; a suspended pension resumes and missed months are back-paid. Resident token.")
    public @NonNull FaceCheckCertificationPayload certificationSubmitFaceCheck(
            @Name("input") @NonNull FaceCheckCertificationInput input) {
        return service.certifyByFaceCheck(caller.requireResident(), input.faceCheckResult);
    }
}
