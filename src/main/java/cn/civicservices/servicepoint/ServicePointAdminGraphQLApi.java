package cn.civicservices.servicepoint;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.civicservices.common.Caller;

/** The administrator's changes of the service points of their jurisdiction. Admin token. */
@GraphQLApi
public class ServicePointAdminGraphQLApi {

    @Inject
    ServicePointManagement management;

    @Inject
    Caller caller;

    @Mutation("servicePointCreate")
    @Description("Opens a new service point in a village of the administrator's jurisdiction; its code is made from "
            + "the village's (SP + code, then SP + code + 01, ...). Every field is checked and each one at fault is "
            + "named in userErrors. Audited with the point as created. Admin token; resident and worker tokens get "
            + "FORBIDDEN.")
    public @NonNull ServicePointPayload servicePointCreate(@Name("input") @NonNull ServicePointCreateInput input) {
        return management.create(caller.requireAdmin(), input);
    }

    @Mutation("servicePointUpdate")
    @Description("Changes an open service point of the administrator's jurisdiction: the fields given, under the "
            + "rules of servicePointCreate. Audited with the point before and after; a change that changes nothing "
            + "is not recorded. A point outside the jurisdiction answers NOT_FOUND, like one that does not exist. "
            + "Admin token.")
    public @NonNull ServicePointPayload servicePointUpdate(@Name("input") @NonNull ServicePointUpdateInput input) {
        return management.update(caller.requireAdmin(), input);
    }

    @Mutation("servicePointClose")
    @Description("Closes a service point of the administrator's jurisdiction: from this moment it is no longer listed "
            + "by servicePoints, servicePoint or servicePointsNear. Audited with the point before and after; "
            + "closing a closed point again changes nothing and answers the same. Admin token.")
    public @NonNull ServicePointPayload servicePointClose(@Name("input") @NonNull ServicePointCloseInput input) {
        return management.close(caller.requireAdmin(), input);
    }
}
