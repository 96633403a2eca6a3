package cn.civicservices.certification;

import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.civicservices.common.Caller;
import cn.civicservices.common.ValidatedInput;

/** Certification by community workers: at the window, and in village sessions. Worker token. */
@GraphQLApi
@ValidatedInput
public class StaffCertificationGraphQLApi {

    @Inject
    StaffCertificationService service;

    @Inject
    Caller caller;

    @Mutation("certificationAssist")
    @Description("Certifies a person at a service-point window after the worker checked the ID card (协助认证): valid "
            + "12 months; a suspended pension resumes with back-pay. Only residents of the caller's villages; anyone "
            + "else answers NOT_FOUND. Worker token.")
    public @NonNull AssistedCertificationPayload certificationAssist(
            @Name("input") @NonNull @Valid AssistedCertificationInput input) {
        return service.assisted(caller.requireWorker(), input);
    }

    @Mutation("certificationSessionRecord")
    @Description("Records a centralized certification session (集中认证) at a service point on a day, with the people "
            + "certified there: one result per person, each all or nothing. Worker token.")
    public @NonNull CertificationSessionPayload certificationSessionRecord(
            @Name("input") @NonNull @Valid CertificationSessionInput input) {
        return service.session(caller.requireWorker(), input);
    }
}
