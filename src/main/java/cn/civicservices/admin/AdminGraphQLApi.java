package cn.civicservices.admin;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.civicservices.common.Caller;

/** Who the calling administrator is and what they answer for. Admin token. */
@GraphQLApi
public class AdminGraphQLApi {

    @Inject
    Caller caller;

    @Inject
    AdministratorService service;

    @Query("myAdministratorProfile")
    @Description("The calling administrator and their jurisdiction. Admin token; resident and worker tokens are "
            + "refused with FORBIDDEN.")
    public @NonNull AdministratorProfile myAdministratorProfile() {
        return service.profile(caller.requireAdmin());
    }
}
